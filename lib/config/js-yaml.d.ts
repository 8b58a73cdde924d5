// The part of js-yaml (4.3, which ships no types) that lib/config/quick-yaml.ts uses.
declare module "js-yaml" {
  export interface TypeOptions {
    kind: "scalar" | "sequence" | "mapping";
    resolve?: (data: string | null) => boolean;
    construct?: (data: string | null) => unknown;
  }
  export class Type {
    constructor(tag: string, options: TypeOptions);
  }
  export class Schema {
    extend(types: { implicit?: Type[]; explicit?: Type[] }): Schema;
  }
  export const FAILSAFE_SCHEMA: Schema;
  export interface LoadOptions {
    schema?: Schema;
    /** How deep nodes may nest before load() throws. */
    maxDepth?: number;
    json?: boolean;
  }
  export function load(text: string, options?: LoadOptions): unknown;
}
