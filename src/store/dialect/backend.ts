// The narrow seam between the store and a database: each dialect folder builds one of
// these; everything else in src/store is written once against Kysely.
import type { ColumnDataType, Dialect } from 'kysely';

export interface StoreBackend {
  readonly name: 'sqlite' | 'postgres';
  readonly dialect: Dialect;
  /** Column type of an auto-numbered primary key ("integer" + autoincrement, or "serial"). */
  readonly idType: ColumnDataType;
  readonly autoIncrement: boolean;
  /** Column type for raw file bytes. */
  readonly blobType: ColumnDataType;
  /** A printable location for messages, without credentials. */
  readonly location: string;
}
