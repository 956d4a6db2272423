import type { JSX } from "react";
import { Body1, FluentProvider, Title3, makeStyles, tokens } from "@fluentui/react-components";
import type { OfficeThemeColors } from "../excel/host";
import { bahasaDari, I18nProvider, useT } from "./i18n";
import type { HostProblem } from "./host-problem";
import { themeFor } from "./theme";

const useStyles = makeStyles({
  root: { padding: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

/** Shown instead of the pane when this host cannot run Evapor, in the user's language. */
export function HostProblemScreen(props: { problem: HostProblem; displayLanguage?: string; officeTheme?: OfficeThemeColors }): JSX.Element {
  const bahasa = bahasaDari(props.displayLanguage);
  return (
    <FluentProvider theme={themeFor(props.officeTheme)} lang={bahasa} style={{ minHeight: "100%" }}>
      <I18nProvider bahasa={bahasa}>
        <HostProblemBody problem={props.problem} />
      </I18nProvider>
    </FluentProvider>
  );
}

function HostProblemBody(props: { problem: HostProblem }) {
  const t = useT();
  const styles = useStyles();
  return (
    <main className={styles.root}>
      <Title3 as="h1">{t("host.judul")}</Title3>
      <Body1 role="alert">{t(`host.${props.problem}`)}</Body1>
    </main>
  );
}
