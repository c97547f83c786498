// Domain errors that lib code throws and route handlers map to status codes.
export class NotFoundError extends Error {
  override name = "NotFoundError";
}
