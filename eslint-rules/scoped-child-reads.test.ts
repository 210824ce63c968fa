import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, it } from 'vitest';
import rule from './scoped-child-reads.js';

RuleTester.describe = describe;
RuleTester.it = it;
const tester = new RuleTester({ languageOptions: { parser: tseslint.parser } });

tester.run('ciclo/scoped-child-reads', rule, {
  valid: [
    {
      name: 'a read of children filtered by the actor’s scope',
      code: `export function find(db, scope, id) {
        return db.selectFrom('children').where((eb) => childrenInScope(eb, scope)).where('id', '=', id);
      }`,
    },
    {
      name: 'a statewide read that says why',
      code: `/** @statewide student numbers are unique in the state; returns no record */
      export async function nextNumber(db) { return db.selectFrom('children').select('id'); }`,
    },
    {
      name: 'rows of a parent the caller loaded in scope',
      code: `/** @scopedBy the COE, loaded by findCoeInScope */
      export const listRows = (db, coeId) => db.selectFrom('coe_children').where('coe_id', '=', coeId);`,
    },
    {
      name: 'a table that holds no child’s record',
      code: `export const f = (db) => db.selectFrom('regions');`,
    },
  ],
  invalid: [
    {
      name: 'a read of children by id with no scope',
      code: `export function find(db, id) { return db.selectFrom('children').where('id', '=', id); }`,
      errors: [{ messageId: 'unscoped' }],
    },
    {
      name: 'a join to families with no scope, and a tag without its reason',
      code: `/** @statewide */
      export const f = (db) => db.selectFrom('regions').innerJoin('families as f', 'f.region_id', 'regions.id');`,
      errors: [{ messageId: 'unscoped' }],
    },
  ],
});
