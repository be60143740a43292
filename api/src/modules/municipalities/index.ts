import type { ApiModule } from '../../http/module.ts';
import { municipalityBoundaryRoutes } from './boundaries.ts';
import { municipalityRoutes, municipalityWriteRoutes } from './routes.ts';
import { components } from './schemas.ts';

export const municipalitiesModule: ApiModule = {
  name: 'municipalities',
  components,
  routes: [municipalityRoutes, municipalityBoundaryRoutes, municipalityWriteRoutes],
};
