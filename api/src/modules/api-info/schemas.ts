import Type from 'typebox';

export const ApiInfo = Type.Object(
  {
    name: Type.String({ examples: ['Välfärdsnavet API'] }),
    description: Type.String(),
    apiVersion: Type.String({ description: 'Semantic version of the API', examples: ['1.0.0'] }),
    build: Type.String({ description: 'The build that is running', examples: ['2026-11-22.1'] }),
    documentation: Type.String({ description: 'Where the OpenAPI document is', examples: ['/openapi.json'] }),
    openData: Type.Object(
      {
        ocdsReleases: Type.String({
          description: 'Every procurement collaboration as an OCDS 1.1 release package',
          examples: ['/v1/ocds/releases'],
        }),
      },
      { description: 'Bulk open data' },
    ),
    contact: Type.Object({ name: Type.String(), url: Type.String({ format: 'uri' }) }),
    license: Type.Object({ name: Type.String(), url: Type.String({ format: 'uri' }) }),
  },
  { $id: 'ApiInfo', description: 'What this API is and which version is running (DIGG VER.06).' },
);

export const components = [ApiInfo];
