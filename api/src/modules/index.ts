import type { ApiModule } from '../http/module.ts';
import { adoptionsModule } from './adoptions/index.ts';
import { apiClientsModule } from './api-clients/index.ts';
import { apiInfoModule } from './api-info/index.ts';
import { associationsModule } from './associations/index.ts';
import { auditEventsModule } from './audit-events/index.ts';
import { authModule } from './auth/index.ts';
import { countiesModule } from './counties/index.ts';
import { embedModule } from './embed/index.ts';
import { eventsModule } from './events/index.ts';
import { guidesModule } from './guides/index.ts';
import { healthModule } from './health/index.ts';
import { maturityModule } from './maturity/index.ts';
import { municipalitiesModule } from './municipalities/index.ts';
import { needsModule } from './needs/index.ts';
import { operatorModelsModule } from './operator-models/index.ts';
import { procurementsModule } from './procurements/index.ts';
import { publicBodiesModule } from './public-bodies/index.ts';
import { technologiesModule } from './technologies/index.ts';
import { technologyCategoriesModule } from './technology-categories/index.ts';
import { usersModule } from './users/index.ts';
import { webhookSubscriptionsModule } from './webhook-subscriptions/index.ts';

/** Every module of the API, in the order their routes are registered. */
export const modules: ApiModule[] = [
  healthModule,
  embedModule,
  apiInfoModule,
  countiesModule,
  municipalitiesModule,
  associationsModule,
  publicBodiesModule,
  authModule,
  usersModule,
  apiClientsModule,
  auditEventsModule,
  technologyCategoriesModule,
  technologiesModule,
  adoptionsModule,
  maturityModule,
  guidesModule,
  needsModule,
  procurementsModule,
  operatorModelsModule,
  eventsModule,
  webhookSubscriptionsModule,
];
