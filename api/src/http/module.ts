import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { TSchema } from 'typebox';
import type { Config } from '../config.ts';

/**
 * What a module adds to the API: its route plugins (registered under /v1, in order, each given the
 * config) and the named component schemas they and other modules refer to.
 */
export interface ApiModule {
  name: string;
  components: TSchema[];
  routes: FastifyPluginAsyncTypebox<{ config: Config }>[];
}
