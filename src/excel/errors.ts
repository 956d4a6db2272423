/**
 * Office errors arrive as OfficeExtension.Error with a `code` (Excel.ErrorCodes and
 * OfficeExtension.ErrorCodes). The task pane shows a message chosen by the code; the technical
 * detail (code, message, debugInfo) goes to the console only, never to the user.
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
  "ResponsePayloadSizeLimitExceeded",
  "ValueNotLoaded",
  "InvalidRequestContext",
] as const;

export type OfficeErrorCode = (typeof OFFICE_ERROR_CODES)[number];

export interface ErrorDetail {
  name?: string;
  code?: string;
  message: string;
  debugInfo?: unknown;
}

export type ClassifiedError = { kind: "office"; code: OfficeErrorCode; detail: ErrorDetail } | { kind: "unknown"; detail: ErrorDetail };

const isOfficeErrorCode = (code: string | undefined): code is OfficeErrorCode => OFFICE_ERROR_CODES.some((c) => c === code);

/** Never throws, whatever was thrown (an Error, a string, null, an object with a getter that throws). */
export function classifyOfficeError(error: unknown): ClassifiedError {
  const detail = errorDetail(error);
  const code = isOfficeErrorCode(detail.code) ? detail.code : undefined;
  return code ? { kind: "office", code, detail } : { kind: "unknown", detail };
}

function errorDetail(error: unknown): ErrorDetail {
  try {
    if (typeof error !== "object" || error === null) return { message: String(error) };
    const e = error as Record<string, unknown>;
    return {
      name: typeof e.name === "string" ? e.name : undefined,
      code: typeof e.code === "string" ? e.code : undefined,
      message: typeof e.message === "string" ? e.message : Object.prototype.toString.call(error),
      debugInfo: e.debugInfo,
    };
  } catch {
    return { message: "(unreadable error)" };
  }
}

/** Whether a sync failed because an item taken with getItem (a sheet, a table) does not exist. */
export function galatTidakAda(e: unknown): boolean {
  const c = classifyOfficeError(e);
  return c.kind === "office" && c.code === "ItemNotFound";
}
