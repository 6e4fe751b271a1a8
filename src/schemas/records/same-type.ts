/**
 * `true` only when two types are the same. Each record schema uses it to prove, at compile time, that its
 * zod output matches the plain type the browser code declares (that code can't import zod or the schema).
 */
export type SameType<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
