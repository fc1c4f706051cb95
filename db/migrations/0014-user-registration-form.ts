// The ユーザ情報登録 form that registered a 担当者: the same form sent twice (a double click, a
// reload) answers with the first one's outcome instead of 「すでに登録されています」.
import { DataTypes, type QueryInterface } from 'sequelize';

export async function up({ context: qi }: { context: QueryInterface }): Promise<void> {
  await qi.addColumn('users', 'registration_form_id', { type: DataTypes.UUID, allowNull: true });
}

export async function down({ context: qi }: { context: QueryInterface }): Promise<void> {
  await qi.removeColumn('users', 'registration_form_id');
}
