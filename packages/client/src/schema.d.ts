// Generated from openapi.json by `pnpm generate`. Do not edit by hand.

export interface paths {
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness
         * @description Answers 200 while the process is running.
         */
        get: operations["getLiveness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness
         * @description Answers 200 when the database answers, 503 when it does not or the server is shutting down.
         */
        get: operations["getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api-info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * About this API
         * @description Name, version, build, contact and licence of the API.
         */
        get: operations["getApiInfo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/counties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List counties
         * @description The 21 Swedish counties with the region that governs each, and how many municipalities it has.
         */
        get: operations["listCounties"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/counties/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a county
         * @description One county by its two-digit SCB code.
         */
        get: operations["getCounty"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/municipalities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List municipalities
         * @description The 290 Swedish municipalities, filtered by county, association (an umbrella such as vastkom includes its children's members) and a typo-tolerant name search.
         */
        get: operations["listMunicipalities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/municipalities/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a municipality
         * @description One municipality by its four-digit SCB code, with its county and associations.
         */
        get: operations["getMunicipality"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/associations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List associations
         * @description Associations of municipalities with their parent, children and members.
         */
        get: operations["listAssociations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/associations/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an association
         * @description One association by its slug, with its members by name. An umbrella's members are those of its children, each naming the child it belongs through.
         */
        get: operations["getAssociation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description One invalid part of a request. */
        FieldError: {
            /**
             * @description JSON Pointer to the offending part of the request
             * @example /query/limit
             */
            pointer: string;
            /** @example must be <= 100 */
            detail: string;
        };
        /**
         * @description An RFC 9457 problem details object, sent as application/problem+json.
         * @example {
         *       "type": "https://valfardsnavet.se/problems/validation",
         *       "title": "Invalid request",
         *       "status": 400,
         *       "detail": "The request has 1 invalid field",
         *       "instance": "/v1/municipalities?limit=1000",
         *       "errors": [
         *         {
         *           "pointer": "/query/limit",
         *           "detail": "must be <= 100"
         *         }
         *       ]
         *     }
         */
        Problem: {
            /**
             * Format: uri
             * @description Identifies the kind of problem
             * @example https://valfardsnavet.se/problems/not-found
             */
            type: string;
            /**
             * @description Short summary of the kind of problem
             * @example Not found
             */
            title: string;
            /**
             * @description The HTTP status code
             * @example 404
             */
            status: number;
            /**
             * @description What went wrong with this request
             * @example No municipality has the code 9999
             */
            detail: string;
            /**
             * @description The path of the request
             * @example /v1/municipalities/9999
             */
            instance: string;
            /** @description Every invalid field, for validation failures */
            errors?: components["schemas"]["FieldError"][];
        };
        /** @description The service is healthy. */
        Health: {
            /** @enum {string} */
            status: "ok";
        };
        /** @description What this API is and which version is running (DIGG VER.06). */
        ApiInfo: {
            /** @example Välfärdsnavet API */
            name: string;
            description: string;
            /**
             * @description Semantic version of the API
             * @example 1.0.0
             */
            apiVersion: string;
            /**
             * @description The build that is running
             * @example 2026-11-22.1
             */
            build: string;
            /**
             * @description Where the OpenAPI document is
             * @example /openapi.json
             */
            documentation: string;
            contact: {
                name: string;
                /** Format: uri */
                url: string;
            };
            license: {
                name: string;
                /** Format: uri */
                url: string;
            };
        };
        /** @description A Swedish county (län) and the region that governs it. */
        County: {
            /**
             * @description a two-digit SCB county code (länskod) such as 14
             * @example 14
             */
            code: string;
            /** @example Västra Götalands län */
            name: string;
            /**
             * @description The self-governing region of the county
             * @example Västra Götalandsregionen
             */
            regionName: string;
            /** @example 49 */
            municipalityCount: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /** @description A page of counties. */
        CountyPage: {
            items: components["schemas"]["County"][];
            /** @description All matching items; absent when `count=false`. */
            total?: number;
            limit: number;
            offset: number;
        };
        /** @description A Swedish municipality (kommun) with its county and the associations it belongs to. */
        Municipality: {
            /**
             * @description a four-digit SCB municipality code (kommunkod) such as 0114, leading zero kept
             * @example 1490
             */
            code: string;
            /** @example Borås */
            name: string;
            /** @description The county the municipality lies in */
            county: {
                /**
                 * @description a two-digit SCB county code (länskod) such as 14
                 * @example 14
                 */
                code: string;
                /** @example Västra Götalands län */
                name: string;
            };
            /** @description Associations the municipality is a direct member of */
            associations: {
                /**
                 * @description an association slug such as goteborgsregionen
                 * @example borasregionen
                 */
                slug: string;
                /** @example Boråsregionen Sjuhärads kommunalförbund */
                name: string;
                /** @example Boråsregionen */
                shortName: string | null;
                /** @description Member since */
                since: string | null;
            }[];
            website: string | null;
            /** @description A functional mailbox for welfare technology questions */
            contactEmail: string | null;
            description: string | null;
            /** @description Population, where known */
            population: number | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /** @description A page of municipalities. */
        MunicipalityPage: {
            items: components["schemas"]["Municipality"][];
            /** @description All matching items; absent when `count=false`. */
            total?: number;
            limit: number;
            offset: number;
        };
        /** @description An association of municipalities: a kommunalförbund, a membership organisation or an umbrella. */
        Association: {
            /**
             * @description an association slug such as goteborgsregionen
             * @example borasregionen
             */
            slug: string;
            /** @example Boråsregionen Sjuhärads kommunalförbund */
            name: string;
            /** @example Boråsregionen */
            shortName: string | null;
            /**
             * @description `kommunalforbund` (a federation under the Local Government Act), `membership_organisation`, or `umbrella` (an organisation of associations, such as VästKom)
             * @enum {unknown}
             */
            kind: "kommunalforbund" | "membership_organisation" | "umbrella";
            /** @description The umbrella this association belongs to */
            parent: {
                /**
                 * @description an association slug such as goteborgsregionen
                 * @example borasregionen
                 */
                slug: string;
                /** @example Västsvenska kommunalförbundens samorganisation */
                name: string;
                /** @example VästKom */
                shortName: string | null;
            } | null;
            /** @description Associations under this umbrella */
            children: {
                /**
                 * @description an association slug such as goteborgsregionen
                 * @example borasregionen
                 */
                slug: string;
                /** @example Västsvenska kommunalförbundens samorganisation */
                name: string;
                /** @example VästKom */
                shortName: string | null;
            }[];
            website: string | null;
            /** @description A functional mailbox for welfare technology questions */
            contactEmail: string | null;
            description: string | null;
            /**
             * @description Member municipalities; for an umbrella, its children's members
             * @example 8
             */
            memberCount: number;
            /** @description Member municipalities in Swedish alphabetical order */
            members: {
                /**
                 * @description a four-digit SCB municipality code (kommunkod) such as 0114, leading zero kept
                 * @example 1490
                 */
                code: string;
                /** @example Borås */
                name: string;
                /** @description Member since */
                since: string | null;
                /** @description For an umbrella: the child association the municipality is a member of */
                through: string | null;
            }[];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /** @description A page of associations. */
        AssociationPage: {
            items: components["schemas"]["Association"][];
            /** @description All matching items; absent when `count=false`. */
            total?: number;
            limit: number;
            offset: number;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getLiveness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service is healthy. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description Something went wrong on the server. The response names no internal detail; `X-Request-Id` helps us find it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service is healthy. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description Something went wrong on the server. The response names no internal detail; `X-Request-Id` helps us find it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is not ready. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getApiInfo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What this API is and which version is running (DIGG VER.06). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiInfo"];
                };
            };
            /** @description Not modified: the `If-None-Match` ETag is still current. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The `Accept` header does not allow application/json. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. The response names no internal detail; `X-Request-Id` helps us find it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCounties: {
        parameters: {
            query?: {
                /** @description How many items to return (1–100). */
                limit?: number;
                /** @description How many items to skip. */
                offset?: number;
                /** @description Whether to count all matching items into `total`; `false` skips the count. */
                count?: boolean;
                /**
                 * @description Only items changed at or after this RFC 3339 time, for incremental sync.
                 * @example 2026-01-01T00:00:00Z
                 */
                updatedSince?: string;
                /** @description Sort by code, name, updatedAt; prefix with - for descending. Ties are broken by the key. Default: code. */
                sort?: "code" | "name" | "updatedAt" | "-code" | "-name" | "-updatedAt";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of counties. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CountyPage"];
                };
            };
            /** @description Not modified: the `If-None-Match` ETag is still current. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is invalid; `errors` names every bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The `Accept` header does not allow application/json. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. The response names no internal detail; `X-Request-Id` helps us find it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCounty: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description a two-digit SCB county code (länskod) such as 14
                 * @example 14
                 */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A Swedish county (län) and the region that governs it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["County"];
                };
            };
            /** @description Not modified: the `If-None-Match` ETag is still current. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is invalid; `errors` names every bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No resource has that key. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The `Accept` header does not allow application/json. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. The response names no internal detail; `X-Request-Id` helps us find it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMunicipalities: {
        parameters: {
            query?: {
                /** @description Only municipalities in this county. Repeat for any of several. */
                county?: string[];
                /** @description Only members of this association; an umbrella (vastkom) includes the members of its child associations. Repeat for any of several. */
                association?: string[];
                /**
                 * @description Search the name, ignoring accents and tolerating typos (ostersund finds Östersund). Ranked by relevance unless `sort` is given.
                 * @example gotebrg
                 */
                q?: string;
                /** @description Sort by name, code, updatedAt; prefix with - for descending. Ties are broken by the code. Default: relevance with `q`, otherwise name. */
                sort?: "name" | "code" | "updatedAt" | "-name" | "-code" | "-updatedAt";
                /** @description How many items to return (1–100). */
                limit?: number;
                /** @description How many items to skip. */
                offset?: number;
                /** @description Whether to count all matching items into `total`; `false` skips the count. */
                count?: boolean;
                /**
                 * @description Only items changed at or after this RFC 3339 time, for incremental sync.
                 * @example 2026-01-01T00:00:00Z
                 */
                updatedSince?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of municipalities. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MunicipalityPage"];
                };
            };
            /** @description Not modified: the `If-None-Match` ETag is still current. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is invalid; `errors` names every bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The `Accept` header does not allow application/json. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. The response names no internal detail; `X-Request-Id` helps us find it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMunicipality: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description a four-digit SCB municipality code (kommunkod) such as 0114, leading zero kept
                 * @example 1490
                 */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A Swedish municipality (kommun) with its county and the associations it belongs to. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Municipality"];
                };
            };
            /** @description Not modified: the `If-None-Match` ETag is still current. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is invalid; `errors` names every bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No resource has that key. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The `Accept` header does not allow application/json. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. The response names no internal detail; `X-Request-Id` helps us find it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAssociations: {
        parameters: {
            query?: {
                /** @description Only associations of this kind. Repeat for any of several. */
                kind?: ("kommunalforbund" | "membership_organisation" | "umbrella")[];
                /** @description Only associations this municipality belongs to (directly or through a child). Repeat for any of several. */
                member?: string[];
                /** @description Sort by name, slug, updatedAt; prefix with - for descending. Ties are broken by the key. Default: name. */
                sort?: "name" | "slug" | "updatedAt" | "-name" | "-slug" | "-updatedAt";
                /** @description How many items to return (1–100). */
                limit?: number;
                /** @description How many items to skip. */
                offset?: number;
                /** @description Whether to count all matching items into `total`; `false` skips the count. */
                count?: boolean;
                /**
                 * @description Only items changed at or after this RFC 3339 time, for incremental sync.
                 * @example 2026-01-01T00:00:00Z
                 */
                updatedSince?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of associations. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssociationPage"];
                };
            };
            /** @description Not modified: the `If-None-Match` ETag is still current. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is invalid; `errors` names every bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The `Accept` header does not allow application/json. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. The response names no internal detail; `X-Request-Id` helps us find it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAssociation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description an association slug such as goteborgsregionen
                 * @example borasregionen
                 */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An association of municipalities: a kommunalförbund, a membership organisation or an umbrella. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Association"];
                };
            };
            /** @description Not modified: the `If-None-Match` ETag is still current. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is invalid; `errors` names every bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No resource has that key. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The `Accept` header does not allow application/json. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. The response names no internal detail; `X-Request-Id` helps us find it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
