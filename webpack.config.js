// Builds two pages: the add-in's task pane (taskpane.html, loads office.js from Microsoft's CDN)
// and the browser preview (preview.html: the same pane against the in-memory emulator).
// HyperFormula (GPL) and ExcelJS belong to the preview only; the taskpane chunk never imports them.
const path = require("node:path");
const fs = require("node:fs");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

/**
 * Fails the build when the add-in's chunks (the taskpane entry and anything it loads later)
 * contain HyperFormula (GPL-3.0), ExcelJS, JSZip or the emulator: those serve the preview and the
 * tests only, and the add-in that offices deploy must stay free of them (DESIGN.md).
 */
class KeepTaskpaneClean {
  static FORBIDDEN = /[\\/](node_modules[\\/](hyperformula|exceljs|jszip)|src[\\/]emulator)[\\/]/;

  apply(compiler) {
    compiler.hooks.afterCompile.tap("KeepTaskpaneClean", (compilation) => {
      const entry = compilation.entrypoints.get("taskpane");
      if (!entry) return;
      const chunks = new Set(entry.chunks);
      for (const chunk of entry.chunks) for (const c of chunk.getAllAsyncChunks()) chunks.add(c);
      const found = new Set();
      const visit = (m) => {
        if (m.modules) m.modules.forEach(visit); // a concatenated module holds its parts
        const where = m.resource ?? "";
        if (KeepTaskpaneClean.FORBIDDEN.test(where)) found.add(path.relative(__dirname, where));
      };
      for (const chunk of chunks) for (const m of compilation.chunkGraph.getChunkModulesIterable(chunk)) visit(m);
      if (found.size > 0) {
        const list = [...found].sort((a, b) => Number(b.includes("node_modules")) - Number(a.includes("node_modules"))).slice(0, 10).join("\n  ");
        compilation.errors.push(new compiler.webpack.WebpackError(`The taskpane bundle must not contain the preview's libraries or the emulator:\n  ${list}`));
      }
    });
  }
}

module.exports = async (env = {}, argv = {}) => {
  const { rewriteManifestUrls, DEV_BASE_URL } = await import("./scripts/manifest-url.mjs");
  const production = argv.mode === "production";
  const hostingUrl = env.hostingUrl || process.env.EVAPOR_HOSTING_URL || DEV_BASE_URL;
  if (production && hostingUrl === DEV_BASE_URL) {
    console.warn(`[evapor] No hosting URL given: dist/manifest.xml points at ${DEV_BASE_URL} (development only).\n` +
      "          Build for an office with: npm run build -- --env hostingUrl=https://… (or EVAPOR_HOSTING_URL).");
  }
  const certDir = path.resolve(__dirname, ".certs");
  const https = fs.existsSync(path.join(certDir, "localhost.crt"))
    ? { type: "https", options: { key: fs.readFileSync(path.join(certDir, "localhost.key")), cert: fs.readFileSync(path.join(certDir, "localhost.crt")) } }
    : { type: "https" };

  return {
    mode: production ? "production" : "development",
    devtool: production ? "source-map" : "eval-cheap-module-source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      preview: "./src/preview/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].[contenthash:8].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
      publicPath: "auto",
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".mjs"] },
    module: {
      rules: [{ test: /\.tsx?$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { noEmit: false } } } }],
    },
    performance: { hints: false },
    // No shared vendor chunks between the two entries: the taskpane's files stay its own, and only
    // the preview's on-demand .xlsx export (ExcelJS) becomes a separate chunk.
    optimization: { splitChunks: false },
    plugins: [
      new KeepTaskpaneClean(),
      new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./src/taskpane/taskpane.html", chunks: ["taskpane"] }),
      new HtmlWebpackPlugin({ filename: "preview.html", template: "./src/preview/preview.html", chunks: ["preview"] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/taskpane/bantuan.html", to: "bantuan.html" },
          { from: "manifest.xml", to: "manifest.xml", transform: (content) => rewriteManifestUrls(content.toString(), hostingUrl) },
        ],
      }),
    ],
    devServer: {
      port: 3000,
      host: "localhost",
      server: https,
      headers: { "Access-Control-Allow-Origin": "*" },
      static: false,
      hot: false,
      client: { overlay: { warnings: false } },
      open: false,
    },
  };
};
