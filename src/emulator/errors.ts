/**
 * Errors shaped like OfficeExtension.Error, so src/excel's error mapping sees in tests exactly what
 * it will see in Excel: an `Error` named "RichApi.Error" with a `code`, Excel's message for that
 * code, and `debugInfo: { code, message, errorLocation }`. The emulator appends what it knows about
 * the cause to the message in parentheses; Excel's own text comes first.
 */
export type EmulatorErrorCode =
  | "PropertyNotLoaded"
  | "ValueNotLoaded"
  | "ItemNotFound"
  | "ItemAlreadyExists"
  | "InvalidArgument"
  | "InvalidReference"
  | "InvalidOperation"
  | "InvalidRequestContext"
  | "AccessDenied"
  | "ApiNotFound"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded"
  | "GeneralException"
  | (string & { readonly __code?: never });

/** Excel's messages for its error codes (Excel.ErrorCodes / OfficeExtension.ErrorCodes). */
const MESSAGES: Record<string, string> = {
  PropertyNotLoaded:
    "The property '{0}' is not available. Before reading the property's value, call the load method on the containing object and call \"context.sync()\" on the associated request context.",
  ValueNotLoaded:
    "The value of the result object has not been loaded yet. Before reading the value property, call \"context.sync()\" on the associated request context.",
  ItemNotFound: "The requested resource doesn't exist.",
  ItemAlreadyExists: "A resource with the same name or identifier already exists.",
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  InvalidReference: "This reference isn't valid for the current operation.",
  InvalidOperation: "The operation attempted is invalid on the object.",
  InvalidRequestContext: "Cannot use the object across different request contexts.",
  AccessDenied: "You cannot perform the requested operation.",
  ApiNotFound:
    "The API you are trying to use could not be found. It may be available in a newer version of Excel. Please refer to the Excel JavaScript API requirement sets documentation for more information.",
  RequestPayloadSizeLimitExceeded: "The request payload size has exceeded the limit. Please refer to the documentation: \"https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins\".",
  ResponsePayloadSizeLimitExceeded: "The response payload size has exceeded the limit. Please refer to the documentation: \"https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins\".",
  GeneralException: "An internal error has occurred while processing the request.",
  Conflict: "Request could not be processed because of a conflict.",
};

export class EmulatorError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  readonly traceMessages: string[] = [];
  readonly innerError: null = null;
  constructor(code: EmulatorErrorCode, detail?: string, errorLocation?: string) {
    const base = MESSAGES[code] ?? `The operation failed with code ${code}.`;
    const message = detail ? `${base} (${detail})` : base;
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
  }
}

/** An error with its own message instead of Excel's (injected faults say that they are injected). */
export function errorWithMessage(code: string, message: string): EmulatorError {
  const e = new EmulatorError(code);
  Object.defineProperty(e, "message", { value: message, writable: true, configurable: true });
  e.debugInfo.message = message;
  return e;
}

export function propertyNotLoaded(property: string, objectName: string): EmulatorError {
  const e = new EmulatorError("PropertyNotLoaded", undefined, `${objectName}.${property}`);
  const message = e.message.replace("{0}", property);
  Object.defineProperty(e, "message", { value: message });
  e.debugInfo.message = message;
  return e;
}

export function itemNotFound(what: string, location?: string): EmulatorError {
  return new EmulatorError("ItemNotFound", what, location ?? what);
}

export function invalidArgument(what: string, location?: string): EmulatorError {
  return new EmulatorError("InvalidArgument", what, location);
}

export function invalidOperation(what: string, location?: string): EmulatorError {
  return new EmulatorError("InvalidOperation", what, location);
}

export function accessDenied(what: string, location?: string): EmulatorError {
  return new EmulatorError("AccessDenied", what, location);
}
