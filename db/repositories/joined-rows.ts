// Reading several models from one joined query: each model's columns under its own prefix, and
// instances built from them as if each had been found on its own.
import type { Model, ModelStatic } from 'sequelize';

export function columnsOf(model: ModelStatic<Model>, alias: string): string {
  return Object.entries(model.getAttributes())
    .map(([attribute, definition]) => `${alias}."${definition.field ?? attribute}" AS "${alias}.${attribute}"`)
    .join(', ');
}

export function instanceOf<M extends Model>(model: ModelStatic<M>, alias: string, row: Record<string, unknown>): M {
  const values = Object.fromEntries(Object.keys(model.getAttributes()).map((attribute) => [attribute, row[`${alias}.${attribute}`]]));
  // build() wants the model's creation attributes, which a generic helper cannot name.
  return model.build(values as never, { isNewRecord: false, raw: true });
}
