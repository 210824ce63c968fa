import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { todayInState } from '../../../usecases/clock';
import { controlChartOf } from '../../../usecases/improvement/control-chart-view';
import {
  readProjectControlChart,
  startChartPhase,
} from '../../../usecases/improvement/project-control-chart';
import { readMeasure } from '../../../usecases/improvement/read-measure';
import type { AppOptions } from '../../app';
import { actorOf } from '../../policies/authenticate';
import { ErrorReply, IdParams, STANDARD_ERRORS } from '../../schemas';
import {
  ControlChartQuerystring,
  MeasureControlChartQuerystring,
  MeasureControlChartReply,
  PhaseBody,
  ProjectControlChartReply,
} from './control-chart.schemas';
import { MeasureParams, SavedReply } from './improvement.schemas';

/** Control charts (IP5): a measure's, a team's with its phases, and a new phase from a change. */
export const controlChartRoutes: FastifyPluginAsyncTypebox<AppOptions> = async (api, { db }) => {
  const tags = ['improvement'];
  api.get(
    '/improvement/measures/:measure/control-chart',
    {
      config: { access: 'report.read' },
      schema: {
        summary: "A measure's control chart",
        description:
          "The measure's points with its control chart: a P chart for a percentage, a U chart for a rate, an XmR chart for a count (or the type you pick), its centre and limits from the baseline, and the points the rule set flags.",
        tags,
        params: MeasureParams,
        querystring: MeasureControlChartQuerystring,
        response: { 200: MeasureControlChartReply, ...STANDARD_ERRORS },
      },
    },
    async (request) => {
      const { type, ruleSet, ...query } = request.query;
      const series = await readMeasure(
        { db, actor: actorOf(request) },
        { measure: request.params.measure, ...query },
      );
      const hasPoint = series.points.some((p) => p.value !== null);
      return { series, chart: hasPoint ? controlChartOf(series, { type, ruleSet }) : null };
    },
  );
  api.get(
    '/improvement/teams/:id/control-chart',
    {
      config: { access: 'report.read' },
      schema: {
        summary: "A team's control chart",
        description:
          "The control chart of the project's measure for the team's region, with its phases, each started from a PDSA cycle the team adopted.",
        tags,
        params: IdParams,
        querystring: ControlChartQuerystring,
        response: { 200: ProjectControlChartReply, ...STANDARD_ERRORS },
      },
    },
    async (request) =>
      readProjectControlChart(
        { db, actor: actorOf(request) },
        request.params.id,
        todayInState(),
        request.query,
      ),
  );
  api.post(
    '/improvement/projects/:id/phases',
    {
      config: { access: 'improvement.project' },
      schema: {
        summary: 'Start a new phase of the control chart',
        description:
          'A new centre line and limits from a period on, started from a PDSA cycle of the project whose change was adopted, or from a strategy of the plan in force (then `startsOn` is required); audited.',
        tags,
        params: IdParams,
        body: PhaseBody,
        response: { 201: SavedReply, ...STANDARD_ERRORS, 409: ErrorReply },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await startChartPhase(
            { db, actor: actorOf(request) },
            request.params.id,
            todayInState(),
            request.body,
          ),
        ),
  );
};
