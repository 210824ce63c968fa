import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { MEASURE_IDS, MEASURES } from '../../../core/improvement';
import { readMeasure } from '../../../usecases/improvement/read-measure';
import { readMeasureByRegion } from '../../../usecases/improvement/read-measure-by-region';
import type { AppOptions } from '../../app';
import { actorOf } from '../../policies/authenticate';
import { STANDARD_ERRORS } from '../../schemas';
import { controlChartRoutes } from './control-chart.routes';
import { networkRoutes } from './network.routes';
import { projectRoutes } from './project.routes';
import {
  MeasureByRegionQuerystring,
  MeasureByRegionReply,
  MeasureCatalogReply,
  MeasureParams,
  MeasureQuerystring,
  MeasureSeriesReply,
} from './improvement.schemas';

/** Improvement projects: the catalog of measures and each measure's run chart (IP1, IP2). */
export const improvementRoutes: FastifyPluginAsyncTypebox<AppOptions> = async (api, options) => {
  const { db } = options;
  await api.register(networkRoutes, options);
  await api.register(projectRoutes, options);
  await api.register(controlChartRoutes, options);
  api.get(
    '/improvement/measures',
    {
      config: { access: 'report.read' },
      schema: {
        summary: 'Catalog of measures',
        description:
          'The measures a team can watch, each computed from the records by week, month or quarter.',
        tags: ['improvement'],
        response: { 200: MeasureCatalogReply, ...STANDARD_ERRORS },
      },
    },
    async () => ({ items: MEASURE_IDS.map((id) => MEASURES[id]) }),
  );
  api.get(
    '/improvement/measures/:measure',
    {
      config: { access: 'report.read' },
      schema: {
        summary: "A measure's run chart",
        description:
          "The measure's value per period, computed from the records of a region (or of every region you reach), with the run chart's median and signals.",
        tags: ['improvement'],
        params: MeasureParams,
        querystring: MeasureQuerystring,
        response: { 200: MeasureSeriesReply, ...STANDARD_ERRORS },
      },
    },
    async (request) =>
      readMeasure({ db, actor: actorOf(request) }, { measure: request.params.measure, ...request.query }),
  );
  api.get(
    '/improvement/measures/:measure/by-region',
    {
      config: { access: 'report.read' },
      schema: {
        summary: "A measure's run chart for each region, side by side",
        description:
          "For a state user, the measure's run chart for each region that has data; for a region's staff, their region beside the state. Each chart with its signals counted.",
        tags: ['improvement'],
        params: MeasureParams,
        querystring: MeasureByRegionQuerystring,
        response: { 200: MeasureByRegionReply, ...STANDARD_ERRORS },
      },
    },
    async (request) =>
      readMeasureByRegion(
        { db, actor: actorOf(request) },
        { measure: request.params.measure, ...request.query },
      ),
  );
};
