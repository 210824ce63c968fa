import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { AppOptions } from '../../app';
import { todayInState } from '../../../usecases/clock';
import { createEnrollment } from '../../../usecases/enrollments/create-enrollment';
import { deleteEnrollment } from '../../../usecases/enrollments/delete-enrollment';
import { updateEnrollment } from '../../../usecases/enrollments/update-enrollment';
import { actorOf } from '../../policies/authenticate';
import { CalendarDateSchema, IdParams, Nullable, STANDARD_ERRORS } from '../../schemas';
import { ChildReply } from '../children/children.schemas';

const fields = {
  districtId: Type.String({ format: 'uuid', description: 'District of enrollment' }),
  schoolId: Type.Optional(Nullable(Type.String({ format: 'uuid', description: 'School or site' }))),
  enrollmentDate: CalendarDateSchema('First day enrolled'),
  exitDate: Type.Optional(Nullable(CalendarDateSchema('Last day enrolled'))),
  residencyDate: Type.Optional(Nullable(CalendarDateSchema('Date the child began residing in the district'))),
  gradeLevel: Type.Optional(
    Nullable(Type.String({ maxLength: 10, description: 'Grade level, e.g. KN, 01…12, UG' })),
  ),
};

/** School enrollments of a child, with residency dates. */
export const enrollmentRoutes: FastifyPluginAsyncTypebox<AppOptions> = async (api, { db }) => {
  api.post(
    '/children/:id/enrollments',
    {
      config: { access: 'enrollment.write' },
      schema: {
        summary: 'Enroll a child',
        description: 'Records a school enrollment; audited. Returns the child.',
        tags: ['enrollments'],
        params: IdParams,
        body: Type.Object(fields, { additionalProperties: false }),
        response: { 201: ChildReply, ...STANDARD_ERRORS },
      },
    },
    async (request, reply) => {
      const b = request.body;
      const child = await createEnrollment(
        { db, actor: actorOf(request) },
        request.params.id,
        {
          districtId: b.districtId,
          schoolId: b.schoolId ?? null,
          enrollmentDate: b.enrollmentDate,
          exitDate: b.exitDate ?? null,
          residencyDate: b.residencyDate ?? null,
          gradeLevel: b.gradeLevel ?? null,
        },
        todayInState(),
      );
      return reply.status(201).send(child);
    },
  );
  api.patch(
    '/enrollments/:id',
    {
      config: { access: 'enrollment.write' },
      schema: {
        summary: 'Update an enrollment',
        description: 'Exit date, residency date, school…; audited. Returns the child.',
        tags: ['enrollments'],
        params: IdParams,
        body: Type.Partial(Type.Object(fields), { additionalProperties: false }),
        response: { 200: ChildReply, ...STANDARD_ERRORS },
      },
    },
    async (request) =>
      updateEnrollment({ db, actor: actorOf(request) }, request.params.id, request.body, todayInState()),
  );
  api.delete(
    '/enrollments/:id',
    {
      config: { access: 'enrollment.write' },
      schema: {
        summary: 'Delete an enrollment',
        description: 'Removes an enrollment recorded by mistake; audited. Returns the child.',
        tags: ['enrollments'],
        params: IdParams,
        response: { 200: ChildReply, ...STANDARD_ERRORS },
      },
    },
    async (request) => deleteEnrollment({ db, actor: actorOf(request) }, request.params.id),
  );
};
