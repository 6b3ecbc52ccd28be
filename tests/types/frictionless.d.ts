// The parts of the Frictionless JavaScript libraries (tableschema, datapackage) and of vnu-jar
// that the tests use: they ship no type declarations.
declare module 'tableschema' {
  export interface ValidationReport {
    valid: boolean;
    errors: Error[];
  }
  export function validate(descriptor: object): Promise<ValidationReport>;
  export class Table {
    static load(source: string, options?: { schema?: object }): Promise<Table>;
    readonly headers: string[];
    /** Reads and casts every row; throws when a cell does not match its field. */
    read(options?: { keyed?: boolean; limit?: number }): Promise<unknown[]>;
  }
}

declare module 'datapackage' {
  import type { ValidationReport } from 'tableschema';
  export function validate(descriptor: object): Promise<ValidationReport>;
  export class Resource {
    readonly name: string;
    readonly tabular: boolean;
    readonly descriptor: Record<string, unknown>;
    read(options?: { keyed?: boolean }): Promise<unknown[]>;
  }
  export class Package {
    static load(descriptor: object | string, options?: { basePath?: string }): Promise<Package>;
    readonly valid: boolean;
    readonly errors: Error[];
    readonly resources: Resource[];
  }
}

declare module 'vnu-jar' {
  /** Path of the Nu Html Checker's jar file. */
  const jar: string;
  export default jar;
}
