import { FluentProvider, webDarkTheme, webLightTheme, Body1, Title3, makeStyles, tokens } from "@fluentui/react-components";
import type { ExcelHost, OfficeThemeColors } from "../excel/host";
import { ErrorProvider } from "./errors";
import { bahasaDari, I18nProvider, useT } from "./i18n";
import type { HostProblem } from "./host-problem";
import { Shell } from "./Shell";

/** Dark Office themes have a dark body background; Fluent follows them (Office.context.officeTheme). */
export function isDark(theme: OfficeThemeColors | undefined): boolean {
  const hex = theme?.bodyBackgroundColor.replace("#", "");
  if (!hex || hex.length < 6) return false;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return 0.299 * r + 0.587 * g + 0.114 * b < 128;
}

/** The whole task pane. `today` is passed in (the pane never reads the clock itself). */
export function EvaporApp(props: { host: ExcelHost; today?: Date }) {
  return (
    <FluentProvider theme={isDark(props.host.officeTheme) ? webDarkTheme : webLightTheme} style={{ minHeight: "100%" }}>
      <I18nProvider bahasa={bahasaDari(props.host.displayLanguage)}>
        <ErrorProvider>
          <Shell host={props.host} today={props.today ?? new Date()} />
        </ErrorProvider>
      </I18nProvider>
    </FluentProvider>
  );
}

const useStyles = makeStyles({ root: { padding: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM } });

/** Shown instead of the pane when this host cannot run Evapor. */
export function HostProblemScreen(props: { problem: HostProblem; displayLanguage: string }) {
  return (
    <FluentProvider theme={webLightTheme}>
      <I18nProvider bahasa={bahasaDari(props.displayLanguage)}>
        <HostProblemBody problem={props.problem} />
      </I18nProvider>
    </FluentProvider>
  );
}

function HostProblemBody(props: { problem: HostProblem }) {
  const t = useT();
  const styles = useStyles();
  return (
    <div className={styles.root} role="alert">
      <Title3 as="h1">{t("host.judul")}</Title3>
      <Body1>{t(`host.${props.problem}`)}</Body1>
    </div>
  );
}
