/**
 * `ciclo/scoped-child-reads`: in src/data/repositories, a function that reads a table of
 * children's records must filter it by the actor's scope — call a `…InScope(…)` condition
 * from scope-filter.ts — or say in its JSDoc why it may read statewide, with
 * `@statewide <reason>` (a prior-migrant check that returns only a yes or no, a backup), or
 * with `@scopedBy <reason>` that it reads only the rows of a parent record the caller has
 * already loaded through a scoped read (the children of one COE the actor may open).
 * This makes "every read of a child's record takes a scope" (STYLE §14) hold by lint.
 */
const CHILD_RECORD_TABLES = new Set([
  'children',
  'families',
  'family_members',
  'enrollments',
  'coes',
  'coe_children',
  'coe_reviews',
  'child_eligibilities',
  'reinterview_samples',
  'reinterviews',
  'residency_contacts',
  'qualification_records',
  'referrals',
  'family_contacts',
  'student_eligibility_spans',
  'eligibility_spans',
  'assessment_results',
  'service_enrollments',
  'service_attendance',
  'service_tests',
  'msix_consolidated_records',
]);
const READS = new Set(['selectFrom', 'innerJoin', 'leftJoin', 'rightJoin', 'fullJoin']);

/** The table a `selectFrom('children as c')` or `innerJoin('children', …)` argument names. */
function tableOf(node) {
  if (node?.type !== 'Literal' || typeof node.value !== 'string') return undefined;
  return node.value.split(/\s+as\s+/)[0].trim();
}

function isFunction(node) {
  return (
    node.type === 'FunctionDeclaration' ||
    node.type === 'FunctionExpression' ||
    node.type === 'ArrowFunctionExpression'
  );
}

/** The outermost function of a module that `node` sits in (the repository function). */
function outermostFunction(node) {
  let found;
  for (let current = node.parent; current; current = current.parent) if (isFunction(current)) found = current;
  return found;
}

/** The JSDoc before a function or before the declaration or export holding it. */
function jsDocOf(sourceCode, fn) {
  let holder = fn;
  while (
    holder.parent &&
    [
      'VariableDeclarator',
      'VariableDeclaration',
      'ExportNamedDeclaration',
      'ExportDefaultDeclaration',
    ].includes(holder.parent.type)
  )
    holder = holder.parent;
  return sourceCode
    .getCommentsBefore(holder)
    .map((comment) => comment.value)
    .join('\n');
}

export default {
  meta: {
    type: 'problem',
    docs: { description: 'Reads of children’s records filter by the actor’s scope or say why not.' },
    messages: {
      unscoped:
        '{{name}} reads `{{table}}` without a scope: filter with a `…InScope(eb, scope)` condition taking the actor’s scope, or document `@scopedBy <reason>` (rows of a parent the caller loaded in scope) or `@statewide <reason>` (must read statewide and returns only what the actor may know).',
    },
    schema: [],
  },
  create(context) {
    const sourceCode = context.sourceCode;
    const reads = new Map();
    const scoped = new Set();
    return {
      CallExpression(node) {
        const callee = node.callee;
        const name = callee.type === 'MemberExpression' ? callee.property.name : callee.name;
        const fn = outermostFunction(node);
        if (!fn || !name) return;
        if (/InScope$/.test(name)) scoped.add(fn);
        if (!READS.has(name)) return;
        const table = tableOf(node.arguments[0]);
        if (table && CHILD_RECORD_TABLES.has(table) && !reads.has(fn)) reads.set(fn, { node, table });
      },
      'Program:exit'() {
        for (const [fn, { node, table }] of reads) {
          if (scoped.has(fn) || /@(statewide|scopedBy)\s+\S/.test(jsDocOf(sourceCode, fn))) continue;
          const name = fn.id?.name ?? fn.parent?.id?.name ?? 'This function';
          context.report({ node, messageId: 'unscoped', data: { name, table } });
        }
      },
    };
  },
};
