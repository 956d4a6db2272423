// Builds two pages: the add-in's task pane (taskpane.html, loads office.js from Microsoft's CDN)
// and the browser preview (preview.html: the same pane against the in-memory emulator).
// HyperFormula (GPL) and ExcelJS belong to the preview only; the taskpane chunk never imports them.
const path = require("node:path");
const fs = require("node:fs");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

module.exports = async (env = {}, argv = {}) => {
  const { rewriteManifestUrls, DEV_BASE_URL } = await import("./scripts/manifest-url.mjs");
  const production = argv.mode === "production";
  const hostingUrl = env.hostingUrl || process.env.EVAPOR_HOSTING_URL || DEV_BASE_URL;
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
    optimization: { splitChunks: false },
    plugins: [
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
