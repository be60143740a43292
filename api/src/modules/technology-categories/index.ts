import type { ApiModule } from '../../http/module.ts';
import { technologyCategoryRoutes } from './routes.ts';
import { components } from './schemas.ts';

export const technologyCategoriesModule: ApiModule = {
  name: 'technology-categories',
  components,
  routes: [technologyCategoryRoutes],
};
