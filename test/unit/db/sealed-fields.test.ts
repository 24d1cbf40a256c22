import { describe, expect, it } from 'vitest';
import {
  assertQueryable,
  assertSealable,
  SealedQueryError,
  sealedFieldsFor,
  selectorFields,
  sortFields,
  storedSchemaOf,
  type SchemaShape,
} from '../../../renderer/db/sealed-fields';

const schema = {
  title: 'clients',
  primaryKey: 'id',
  properties: { id: { type: 'string' }, status: { type: 'string' }, firstName: { type: 'string' }, contacts: { type: 'array' } },
  required: ['id', 'status', 'firstName'],
  indexes: ['status'],
} as const satisfies SchemaShape;

describe('selectorFields', () => {
  it.each([
    [{}, []],
    [{ status: 'active' }, ['status']],
    [{ status: { $in: ['a', 'b'] }, 'contacts.name': 'x' }, ['status', 'contacts']],
    [{ $or: [{ status: 'a' }, { $and: [{ firstName: { $regex: 'Q' } }] }] }, ['status', 'firstName']],
    [{ $nor: [{ lastName: 'x' }] }, ['lastName']],
    [{ contacts: { $elemMatch: { name: 'x' } } }, ['contacts']],
    [{ firstName: { $not: { $eq: 'x' } } }, ['firstName']],
    [null, []],
  ])('%j reads %j', (selector, expected) => {
    expect([...selectorFields(selector)].sort()).toEqual([...expected].sort());
  });
});

describe('sortFields', () => {
  it.each([
    [undefined, []],
    [
      [{ updatedAt: 'desc' }, { id: 'asc' }],
      ['updatedAt', 'id'],
    ],
    [[{ 'contacts.name': 'asc' }], ['contacts']],
  ])('%j orders by %j', (sort, expected) => {
    expect([...sortFields(sort)]).toEqual(expected);
  });
});

describe('assertQueryable', () => {
  const sealed = ['firstName', 'contacts'];
  it.each([
    [{ selector: { status: 'active' }, sort: [{ id: 'asc' }] }, null],
    [{ selector: { firstName: 'Quincy' } }, ['firstName']],
    [{ selector: { $or: [{ status: 'a' }, { 'contacts.phone': '1' }] } }, ['contacts']],
    [{ selector: {}, sort: [{ firstName: 'asc' }] }, ['firstName']],
    [{ selector: { phi: { $exists: true } } }, ['phi']],
  ])('%j → %j', (query, refused) => {
    const run = () => {
      assertQueryable('clients', sealed, query);
    };
    if (refused === null) {
      expect(run).not.toThrow();
      return;
    }
    expect(run).toThrow(SealedQueryError);
    expect(run).toThrow(`Cannot query clients by ${refused.join(', ')}`);
  });
});

describe('storedSchemaOf', () => {
  it('replaces sealed properties with one required phi string and leaves the input untouched', () => {
    const stored = storedSchemaOf(schema, ['firstName', 'contacts']);
    expect(Object.keys(stored.properties).sort()).toEqual(['id', 'phi', 'status']);
    expect(stored.properties).toMatchObject({ phi: { type: 'string' } });
    expect(stored.required).toEqual(['id', 'status', 'phi']);
    expect(stored.indexes).toEqual(['status']);
    expect(Object.keys(schema.properties)).toContain('firstName');
  });
});

describe('sealedFieldsFor', () => {
  it('keeps only listed fields the schema has', () => {
    expect(sealedFieldsFor('clients', schema, { clients: ['firstName', 'gone'] })).toEqual(['firstName']);
    expect(sealedFieldsFor('_rxdb_internal', schema, { clients: ['firstName'] })).toEqual([]);
  });

  it('seals the document copies RxDB replication keeps in its meta instances', () => {
    const meta = { title: 'RxReplicationProtocolMetaData', primaryKey: { key: 'id' }, properties: { id: {}, docData: {} } };
    expect(sealedFieldsFor('rx-replication-meta-abc', meta, {})).toEqual(['docData']);
  });
});

describe('assertSealable', () => {
  it.each([
    [['firstName'], schema, null],
    [['id'], schema, 'the primary key cannot be sealed'],
    [['status'], schema, 'index on sealed field "status"'],
    [['firstName'], { ...schema, indexes: [['status', 'firstName']] }, 'index on sealed field "firstName"'],
    [['firstName'], { ...schema, properties: { ...schema.properties, phi: {} } }, '"phi" is reserved'],
  ] as const)('sealing %j', (sealed, shape, problem) => {
    const run = () => {
      assertSealable('clients', shape, sealed);
    };
    if (problem === null) expect(run).not.toThrow();
    else expect(run).toThrow(problem);
  });
});
