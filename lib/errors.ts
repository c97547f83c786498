// Domain errors that lib code throws and route handlers map to status codes.
export class NotFoundError extends Error {
  override name = "NotFoundError";
}

/** The request is well-formed but conflicts with what is stored (a taken slug, an action already undone): 409. */
export class ConflictError extends Error {
  override name = "ConflictError";
}

/** The request is well-formed but cannot be carried out (merge an entity into itself, a span outside its sentence): 422. */
export class UnprocessableError extends Error {
  override name = "UnprocessableError";
  constructor(
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
  }
}

/** A value the caller passed is not one lib code can read (a paging cursor it did not issue): 400, naming the field. */
export class BadInputError extends Error {
  override name = "BadInputError";
  constructor(
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
  }
}

/** SQLite (curation records, saved queries) cannot be read or written: 503, and nothing is changed. */
export class StoreUnavailableError extends Error {
  override name = "StoreUnavailableError";
}
