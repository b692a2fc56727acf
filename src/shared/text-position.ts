/** A step of a JSON pointer: an object key or an array index. */
export type PathSegment = string | number;

/** A line and a column in a text file. */
export interface Position {
  line: number;
  column: number;
}
