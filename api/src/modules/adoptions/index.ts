import type { ApiModule } from '../../http/module.ts';
import { adoptionRoutes } from './routes.ts';
import { components } from './schemas.ts';

export const adoptionsModule: ApiModule = {
  name: 'adoptions',
  components,
  routes: [adoptionRoutes],
};
