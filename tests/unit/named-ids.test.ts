// Ids derived from a form's id: the same input gives the same id, any change another one.
import { describe, expect, it } from 'vitest';
import { isUuid, namedUuid } from '../../domain/uuid';
import { formUpdateId } from '../../server/form-update-id';

describe('namedUuid', () => {
  it('is a well-formed UUID, the same for the same name and another for another name', () => {
    const id = namedUuid('administrators:5f0c7a8e-1111-4222-8333-444455556666:0');
    expect(isUuid(id)).toBe(true);
    expect(id[14]).toBe('8');
    expect(namedUuid('administrators:5f0c7a8e-1111-4222-8333-444455556666:0')).toBe(id);
    expect(namedUuid('administrators:5f0c7a8e-1111-4222-8333-444455556666:1')).not.toBe(id);
  });
});

describe('formUpdateId', () => {
  const data = { company: { companyName: '広域電力株式会社' } };
  it('names one form sent once in one round: a repeat gets the same id', () => {
    expect(formUpdateId('final', 'form-1', 2, data)).toBe(formUpdateId('final', 'form-1', 2, structuredClone(data)));
  });
  it('gives the same form another id in a later round or with other data', () => {
    const first = formUpdateId('final', 'form-1', 2, data);
    expect(formUpdateId('final', 'form-1', 4, data)).not.toBe(first);
    expect(formUpdateId('final', 'form-1', 2, { company: { companyName: '修正済み電力株式会社' } })).not.toBe(first);
    expect(formUpdateId('provisional', 'form-1', 2, data)).not.toBe(first);
  });
});
