import type { ApiModule } from '../../http/module.ts';
import { publicBodyRoutes } from './routes.ts';
import { components } from './schemas.ts';

export const publicBodiesModule: ApiModule = {
  name: 'public-bodies',
  components,
  routes: [publicBodyRoutes],
};
