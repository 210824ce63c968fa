import { Type, type TSchema } from '@sinclair/typebox';

/** Shared schema pieces for every route (STYLE §6). */
export const ErrorReply = Type.Object(
  {
    error: Type.Object({
      id: Type.String({ description: 'Stable error code, e.g. invalid_input, not_found' }),
      message: Type.String({ description: 'What went wrong, for a person' }),
      problems: Type.Optional(
        Type.Array(
          Type.Object({
            field: Type.String({ description: 'The field at fault, e.g. birthDate or children[0].name' }),
            message: Type.String(),
          }),
        ),
      ),
    }),
  },
  { $id: 'ErrorReply' },
);

/** A calendar date written YYYY-MM-DD. */
export const CalendarDateSchema = (description: string) =>
  Type.String({ format: 'date', description: `${description} (YYYY-MM-DD)`, examples: ['2019-08-01'] });

/**
 * One value of a code list (the core's `as const` array): a value outside it is one problem
 * naming the choices (see problemsOfValidation in errors.ts).
 */
export const Literals = <T extends string>(values: readonly T[], description: string) =>
  Type.Union(
    values.map((value) => Type.Literal(value)),
    { description },
  );

/** A performance period or school year named by its two years: 2024-25. */
export const PeriodSchema = (description: string) =>
  Type.String({ pattern: '^\\d{4}-\\d{2}$', description: `${description}, e.g. 2024-25` });

export const IdParams = Type.Object({ id: Type.String({ format: 'uuid', description: 'The record id' }) });

export const Paging = {
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50, description: 'Rows per page' })),
  offset: Type.Optional(Type.Integer({ minimum: 0, default: 0, description: 'Rows to skip' })),
};

/** A list reply: the page of items and the total matching. */
export const ListOf = <T extends TSchema>(item: T) =>
  Type.Object({
    items: Type.Array(item),
    total: Type.Integer({ description: 'Rows matching, across all pages' }),
  });

/** Error replies every authenticated route can give. */
export const STANDARD_ERRORS = {
  400: ErrorReply,
  401: ErrorReply,
  403: ErrorReply,
  404: ErrorReply,
} as const;

export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

/** The key a device sends with a create it may have to repeat (ID7.3): the same key makes one record. */
export const SubmissionKey = Type.Optional(
  Type.String({
    minLength: 8,
    maxLength: 100,
    pattern: '^[A-Za-z0-9:._-]+$',
    description:
      'A key the device made for this create (e.g. a UUID): repeating the create with the same key answers with the record made the first time',
  }),
);
