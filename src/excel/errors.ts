/**
 * Office errors arrive as OfficeExtension.Error with a `code`. The task pane shows a message
 * chosen by the code; the technical detail goes to the console only (DEVELOPERS.md).
 */
export const OFFICE_ERROR_CODES = [
  "ItemNotFound",
  "InvalidArgument",
  "AccessDenied",
  "RequestPayloadSizeLimitExceeded",
  "PropertyNotLoaded",
  "GeneralException",
  "ApiNotFound",
  "InvalidReference",
  "ItemAlreadyExists",
  "InsertDeleteConflict",
  "InvalidOperation",
  "Conflict",
  "UnsupportedOperation",
  "ActivityLimitReached",
  "NotImplemented",
] as const;

export type OfficeErrorCode = (typeof OFFICE_ERROR_CODES)[number];

export interface ErrorDetail {
  code?: string;
  message?: string;
  debugInfo?: unknown;
}

export type ClassifiedError = { kind: "office"; code: OfficeErrorCode; detail: ErrorDetail } | { kind: "unknown"; detail: ErrorDetail };

export function classifyOfficeError(error: unknown): ClassifiedError {
  const e = typeof error === "object" && error !== null ? (error as Record<string, unknown>) : {};
  const detail: ErrorDetail = {
    code: typeof e.code === "string" ? e.code : undefined,
    message: typeof e.message === "string" ? e.message : String(error),
    debugInfo: e.debugInfo,
  };
  const code = OFFICE_ERROR_CODES.find((c) => c === detail.code);
  return code ? { kind: "office", code, detail } : { kind: "unknown", detail };
}
