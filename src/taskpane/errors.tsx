import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";
import { MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Button } from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { classifyOfficeError, type ClassifiedError } from "../excel/errors";
import { useT, type MessageKey } from "./i18n";

type ReportError = (error: unknown) => void;
const ErrorContext = createContext<ReportError>(() => undefined);

export function messageKeyOf(error: ClassifiedError): MessageKey {
  return error.kind === "office" ? `error.${error.code}` : "error.unknown";
}

/** Keeps the last error of a user action; the message shown is chosen by its Office code. */
export function ErrorProvider(props: { children: ReactNode }) {
  const [current, setCurrent] = useState<ClassifiedError | null>(null);
  const report = useCallback<ReportError>((error) => {
    const classified = classifyOfficeError(error);
    // Technical detail for whoever debugs: never shown to the user (DEVELOPERS.md).
    console.error("[Evapor]", classified.detail);
    setCurrent(classified);
  }, []);
  const value = useMemo(() => report, [report]);
  return (
    <ErrorContext.Provider value={value}>
      {current && <ErrorBar error={current} onDismiss={() => setCurrent(null)} />}
      {props.children}
    </ErrorContext.Provider>
  );
}

function ErrorBar(props: { error: ClassifiedError; onDismiss: () => void }) {
  const t = useT();
  return (
    <MessageBar intent="error" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{t("error.title")}</MessageBarTitle>
        {t(messageKeyOf(props.error))}
      </MessageBarBody>
      <MessageBarActions
        containerAction={<Button appearance="transparent" aria-label={t("error.tutup")} icon={<DismissRegular />} onClick={props.onDismiss} />}
      />
    </MessageBar>
  );
}

export function useReportError(): ReportError {
  return useContext(ErrorContext);
}
