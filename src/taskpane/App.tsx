import type { JSX } from "react";
import { FluentProvider } from "@fluentui/react-components";
import type { ExcelHost } from "../excel/host";
import { ErrorProvider } from "./errors";
import { bahasaDari, I18nProvider } from "./i18n";
import { Shell } from "./Shell";
import { themeFor } from "./theme";

/**
 * The whole task pane: Fluent theme after Office's, language after Office's, error bar,
 * navigation and pages. The add-in mounts it with the Office host, the preview with the
 * emulator. `today` is passed in so that tests and the preview fix the date.
 */
export function EvaporApp(props: { host: ExcelHost; today?: Date }): JSX.Element {
  const bahasa = bahasaDari(props.host.displayLanguage);
  return (
    <FluentProvider theme={themeFor(props.host.officeTheme)} lang={bahasa} style={{ minHeight: "100%" }}>
      <I18nProvider bahasa={bahasa}>
        <ErrorProvider>
          <Shell host={props.host} today={props.today ?? new Date()} />
        </ErrorProvider>
      </I18nProvider>
    </FluentProvider>
  );
}

export { HostProblemScreen } from "./HostProblemScreen";
