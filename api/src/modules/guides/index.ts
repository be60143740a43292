import type { ApiModule } from '../../http/module.ts';
import { guideRoutes } from './routes.ts';
import { components } from './schemas.ts';

export const guidesModule: ApiModule = {
  name: 'guides',
  components,
  routes: [guideRoutes],
};
