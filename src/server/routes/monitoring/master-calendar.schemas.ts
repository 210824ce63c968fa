import { Type } from '@sinclair/typebox';
import { Nullable } from '../../schemas';
import { ProgramYear } from './monitoring.schemas';

export const MasterCalendarQuery = Type.Object(
  {
    regionId: Type.Optional(Type.String({ format: 'uuid', description: 'Yours by default' })),
    programYear: Type.Optional({ ...ProgramYear, description: 'The coming program year by default' }),
  },
  { additionalProperties: false },
);

const CalendarService = Type.Object({
  id: Type.String({ format: 'uuid' }),
  code: Type.String(),
  name: Type.String(),
  districtId: Nullable(Type.String({ description: 'The district that carries it out; null: the region' })),
  districtName: Nullable(Type.String()),
  term: Type.String(),
  startDate: Type.String({ format: 'date', description: 'The planned start' }),
  actualStartDate: Nullable(Type.String({ format: 'date' })),
});

export const MasterCalendarReply = Type.Object({
  regionId: Type.String({ format: 'uuid' }),
  regionName: Type.String(),
  programYear: Type.String(),
  months: Type.Array(
    Type.Object({ month: Type.String({ description: '2027-07' }), services: Type.Array(CalendarService) }),
    { description: 'July to June' },
  ),
});
