import Type from 'typebox';
import { guideKind, maturityDimensions } from '../../db/schema/index.ts';
import { anyOf, listParameters, summaryPageSchema } from '../../lib/lists.ts';
import { nullable, optional } from '../../lib/nullable.ts';
import { slugSchema, timestampProperties } from '../../lib/properties.ts';
import { MunicipalityCode } from '../municipalities/schemas.ts';
import { PublicationStatus, TechnologySlug } from '../technologies/schemas.ts';

const GuideSlug = slugSchema({ examples: ['nattillsyn-i-boras'] });
const GuideKind = Type.Enum(guideKind.enumValues, {
  description:
    '`inspiration`: a case (lärande exempel) naming municipalities; `guide`: how to implement; `evaluation`: how to assess the prerequisites',
});
const Dimension = Type.Enum([...maturityDimensions], { description: 'A maturity dimension' });

const editable = {
  kind: GuideKind,
  title: Type.String({ minLength: 1, maxLength: 300, examples: ['Så införde Borås digital nattillsyn'] }),
  summary: Type.String({ minLength: 1, maxLength: 2000 }),
  body: Type.String({ maxLength: 100000, description: 'Markdown, as written.' }),
  dimensions: Type.Array(Dimension, {
    uniqueItems: true,
    maxItems: 8,
    description: 'For evaluations: the dimensions it helps assess',
  }),
  technologies: Type.Array(TechnologySlug, { uniqueItems: true, maxItems: 50 }),
  municipalities: Type.Array(MunicipalityCode, {
    uniqueItems: true,
    maxItems: 290,
    description: 'For cases: the municipalities it tells about',
  }),
};

export const Guide = Type.Object(
  {
    slug: GuideSlug,
    kind: GuideKind,
    title: editable.title,
    summary: editable.summary,
    body: editable.body,
    bodyHtml: Type.String({
      description:
        'The body rendered from Markdown to HTML that is safe to show (HTML in the Markdown is escaped), rendered when the body is written.',
    }),
    dimensions: editable.dimensions,
    technologies: Type.Array(Type.Object({ slug: TechnologySlug, name: Type.String() })),
    municipalities: Type.Array(Type.Object({ code: MunicipalityCode, name: Type.String() })),
    status: PublicationStatus,
    publishedAt: nullable(Type.String({ format: 'date-time' })),
    snippet: nullable(Type.String(), {
      description: 'With `q`: the best-matching passage, matches in <mark>; otherwise null',
    }),
    ...timestampProperties,
  },
  { $id: 'Guide', description: 'Something to learn from: a case, an implementation guide or an evaluation aid.' },
);

/** A list item: what a list of guides is for (choosing one to read); `GET /v1/guides/{slug}` gives the body. */
export const GuideSummary = Type.Object(
  {
    slug: GuideSlug,
    kind: GuideKind,
    title: editable.title,
    summary: editable.summary,
    dimensions: editable.dimensions,
    technologies: Guide.properties.technologies,
    municipalities: Guide.properties.municipalities,
    status: PublicationStatus,
    publishedAt: Guide.properties.publishedAt,
    snippet: Guide.properties.snippet,
    ...timestampProperties,
  },
  {
    $id: 'GuideSummary',
    description:
      'A guide as a list shows it; its body, as Markdown and as HTML, is in `Guide`, from `GET /v1/guides/{slug}`.',
  },
);

export const GuidePage = summaryPageSchema(GuideSummary, 'guides', 'the body');

export const NewGuide = Type.Object(
  {
    slug: GuideSlug,
    ...editable,
    ...optional({
      body: editable.body,
      dimensions: editable.dimensions,
      technologies: editable.technologies,
      municipalities: editable.municipalities,
    }),
  },
  {
    $id: 'NewGuide',
    additionalProperties: false,
    description: 'A new guide starts as a draft.',
    examples: [
      {
        slug: 'infora-nattillsyn',
        kind: 'guide',
        title: 'Införa digital nattillsyn',
        summary: 'Steg för steg.',
        technologies: ['digital-nattillsyn'],
      },
    ],
  },
);

export const GuideChanges = Type.Object(
  {
    status: Type.Optional(PublicationStatus),
    ...optional(editable),
  },
  {
    $id: 'GuideChanges',
    additionalProperties: false,
    minProperties: 1,
    description: 'The fields to change. Needs If-Match.',
    examples: [{ status: 'published' }],
  },
);

export const GuideListQuery = Type.Object(
  {
    kind: anyOf(GuideKind, 'Of this kind.'),
    technology: anyOf(TechnologySlug, 'About this technology.'),
    municipality: anyOf(MunicipalityCode, 'Telling about this municipality.'),
    dimension: anyOf(Dimension, 'Helping assess this dimension.'),
    status: anyOf(PublicationStatus, 'Anything but `published` is for admins. Default: published.'),
    q: Type.Optional(
      Type.String({ minLength: 1, maxLength: 200, description: 'Swedish full-text search, as for technologies.' }),
    ),
    ...listParameters,
  },
  { additionalProperties: false },
);

export const GuideParams = Type.Object({ slug: GuideSlug }, { additionalProperties: false });

export const components = [Guide, GuideSummary, GuidePage, NewGuide, GuideChanges];
