import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { classifyOfficeError, type ClassifiedError } from "../excel/errors";
import { useT, type PlainKey } from "./i18n";

type ReportError = (error: unknown) => void;

interface ErrorState {
  report: ReportError;
  current: ClassifiedError | null;
  dismiss: () => void;
}

const ErrorContext = createContext<ErrorState>({ report: () => undefined, current: null, dismiss: () => undefined });

/** The message shown for an error: chosen by its Office code, never its raw text. */
export function messageKeyOf(error: ClassifiedError): PlainKey {
  switch (error.kind) {
    case "office": return `error.${error.code}`;
    case "unknown": return "error.unknown";
    default: return error satisfies never;
  }
}

/** Keeps the last error of a user action until the user dismisses it or another replaces it. */
export function ErrorProvider(props: { children: ReactNode }) {
  const [current, setCurrent] = useState<ClassifiedError | null>(null);
  const report = useCallback<ReportError>((error) => {
    const classified = classifyOfficeError(error);
    // The technical detail is for whoever debugs (code, message, debugInfo): console only.
    console.error("[Evapor]", classified.kind === "office" ? classified.code : "unknown", classified.detail);
    setCurrent(classified);
  }, []);
  const dismiss = useCallback(() => setCurrent(null), []);
  const value = useMemo(() => ({ report, current, dismiss }), [report, current, dismiss]);
  return <ErrorContext.Provider value={value}>{props.children}</ErrorContext.Provider>;
}

/** Where the pane shows the current error: a dismissible Fluent MessageBar. */
export function ErrorBar() {
  const t = useT();
  const { current, dismiss } = useContext(ErrorContext);
  if (!current) return null;
  return (
    <MessageBar intent="error" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{t("error.title")}</MessageBarTitle>
        {t(messageKeyOf(current))}
      </MessageBarBody>
      <MessageBarActions containerAction={<Button appearance="transparent" aria-label={t("error.tutup")} icon={<DismissRegular />} onClick={dismiss} />} />
    </MessageBar>
  );
}

/** Hands an error caught in a user action to the pane's error bar. */
export function useReportError(): ReportError {
  return useContext(ErrorContext).report;
}
