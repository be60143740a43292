import type { ApiModule } from '../../http/module.ts';
import { consultationRoutes } from './consultation.ts';
import { publicBodyResponseRoutes } from './public-body-responses.ts';
import { operatorModelRoutes } from './routes.ts';
import { components } from './schemas.ts';

export const operatorModelsModule: ApiModule = {
  name: 'operator-models',
  components,
  routes: [operatorModelRoutes, consultationRoutes, publicBodyResponseRoutes],
};
