/**
 * Errors shaped like OfficeExtension.Error, so src/excel's error mapping sees in tests exactly what
 * it will see in Excel: `name: "RichApi.Error"`, a `code`, and `debugInfo`.
 */
export type EmulatorErrorCode =
  | "PropertyNotLoaded"
  | "ItemNotFound"
  | "ItemAlreadyExists"
  | "InvalidArgument"
  | "InvalidReference"
  | "InvalidOperation"
  | "InvalidObjectPath"
  | "AccessDenied"
  | "ApiNotFound"
  | "RequestPayloadSizeLimitExceeded"
  | "GeneralException"
  | (string & { readonly __code?: never });

export class EmulatorError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(code: EmulatorErrorCode, message: string, errorLocation?: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
  }
}

export function propertyNotLoaded(property: string, objectName: string): EmulatorError {
  return new EmulatorError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${objectName}.${property}`,
  );
}

export function itemNotFound(what: string): EmulatorError {
  return new EmulatorError("ItemNotFound", `The requested resource doesn't exist. (${what})`, what);
}

export function invalidArgument(what: string): EmulatorError {
  return new EmulatorError("InvalidArgument", `The argument is invalid or missing or has an incorrect format. (${what})`, what);
}
