// Generated from the server's OpenAPI document by web/packages/api/scripts/generate.mjs: do not edit.
// `npm run gen-api` writes it again; `npm run check-api` fails when it and the server disagree.

export interface paths {
    "/api/v1/admin/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Accounts in the order they were made, a page at a time
         * @description Accounts oldest first; `q` matches part of the email, `role` one role. Pass `next_cursor` back as
         *     `cursor` for the next page. Admin role.
         */
        get: operations["ApiV1AdminAccountsListAccounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/accounts/{account_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One account
         * @description The account's email, role and state. Admin role.
         */
        get: operations["ApiV1AdminAccountsAccountIdGetAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change an account's role, or disable or enable it
         * @description Sets the role and the disabled state sent. A change of role (back to viewer included) or a disable
         *     ends the account's sessions in the database: its tokens stop working at once on every server. You cannot
         *     demote or disable your own account. Recorded in the audit log. Admin role.
         */
        patch: operations["ApiV1AdminAccountsAccountIdChangeAccount"];
        trace?: never;
    };
    "/api/v1/admin/accounts/{account_id}/sign-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign an account out everywhere
         * @description Ends every session of the account (its devices sign in again). Recorded in the audit log. Admin
         *     role.
         */
        post: operations["ApiV1AdminAccountsAccountIdSignOutSignOutAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who changed what, when: the audit log, newest first
         * @description Each entry: when, the acting account (and its email then), the action, its target, and the state
         *     before and after. Pass `next_cursor` back as `cursor` for older entries. Admin role.
         */
        get: operations["ApiV1AdminAuditListAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/credits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Credit a person on a title (cast or crew)
         * @description Credits a person on a title in a role; the same person in the same role twice is a 409. Editor or admin
         *     role.
         */
        post: operations["ApiV1AdminCreditsCreateCredit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/credits/{credit_id}": {
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
         * Remove a credit
         * @description Removes a credit; the person stays. Editor or admin role.
         */
        delete: operations["ApiV1AdminCreditsCreditIdDeleteCredit"];
        options?: never;
        head?: never;
        /**
         * Change a credit
         * @description Changes the fields sent of a credit. Editor or admin role.
         */
        patch: operations["ApiV1AdminCreditsCreditIdUpdateCredit"];
        trace?: never;
    };
    "/api/v1/admin/episodes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add an episode to a season
         * @description Adds an episode to a season; a number the season has already is a 409. Editor or admin role.
         */
        post: operations["ApiV1AdminEpisodesCreateEpisode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/episodes/{episode_id}": {
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
         * Delete an episode
         * @description Deletes the episode. Editor or admin role.
         */
        delete: operations["ApiV1AdminEpisodesEpisodeIdDeleteEpisode"];
        options?: never;
        head?: never;
        /**
         * Change an episode
         * @description Changes the fields sent of an episode. Editor or admin role.
         */
        patch: operations["ApiV1AdminEpisodesEpisodeIdUpdateEpisode"];
        trace?: never;
    };
    "/api/v1/admin/episodes/{episode_id}/availability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who may play an episode
         * @description The episode's own rule (its series' applies while it has none).
         */
        get: operations["ApiV1AdminEpisodesEpisodeIdAvailabilityAdminGetEpisodeAvailability"];
        /**
         * Set who may play an episode
         * @description As a title's; it wins over its series' rule.
         */
        put: operations["ApiV1AdminEpisodesEpisodeIdAvailabilityAdminSetEpisodeAvailability"];
        post?: never;
        /**
         * Let an episode follow its series' rule
         * @description Removes the episode's own rule.
         */
        delete: operations["ApiV1AdminEpisodesEpisodeIdAvailabilityAdminRemoveEpisodeAvailability"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/episodes/{episode_id}/media": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Make an upload an episode's video
         * @description As for a movie, for one episode of a series. Editor or admin role.
         */
        post: operations["ApiV1AdminEpisodesEpisodeIdMediaAttachToEpisode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/genres": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a genre
         * @description Adds a genre; a slug in use is a 409. Editor or admin role.
         */
        post: operations["ApiV1AdminGenresCreateGenre"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/genres/{genre_id}": {
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
         * Delete a genre; its titles stay, without it
         * @description Deletes the genre; its titles stay, without it. Editor or admin role.
         */
        delete: operations["ApiV1AdminGenresGenreIdDeleteGenre"];
        options?: never;
        head?: never;
        /**
         * Change a genre
         * @description Changes the fields sent of a genre; a slug in use is a 409. Editor or admin role.
         */
        patch: operations["ApiV1AdminGenresGenreIdUpdateGenre"];
        trace?: never;
    };
    "/api/v1/admin/jobs/{task}/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Queue a scheduled job now
         * @description `task` is one of the scheduled jobs, e.g. `catalog.flush_counters`.
         */
        post: operations["ApiV1AdminJobsTaskRunRunJob"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/jobs/dead-letters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The jobs that failed every attempt, newest first
         * @description Each dead job's task, arguments, attempts and last error; queue one again
         *     (`POST .../dead-letters/{id}/replay`) or drop it (`DELETE .../dead-letters/{id}`). Admin role.
         */
        get: operations["ApiV1AdminJobsDeadLettersListDeadLetters"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/jobs/dead-letters/{letter_id}": {
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
         * Drop a dead job without running it
         * @description Deletes the dead job's letter. Admin role.
         */
        delete: operations["ApiV1AdminJobsDeadLettersLetterIdDropDeadLetter"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/jobs/dead-letters/{letter_id}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Queue a dead job again
         * @description Queues the job again with its arguments and a fresh set of attempts, and removes its letter. A letter
         *     whose task no longer exists is a 404 too: drop it. Admin role.
         */
        post: operations["ApiV1AdminJobsDeadLettersLetterIdReplayReplayDeadLetter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/languages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a language
         * @description Adds a language by its code; a code in use is a 409. Editor or admin role.
         */
        post: operations["ApiV1AdminLanguagesCreateLanguage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/languages/{language_id}": {
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
         * Delete a language; its titles keep no language
         * @description Deletes the language; its titles keep no language. Editor or admin role.
         */
        delete: operations["ApiV1AdminLanguagesLanguageIdDeleteLanguage"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/live/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every category, in order, with its channels' ids in order
         * @description Every category with the ids of its channels (enabled or not), in order. Editor or admin role.
         */
        get: operations["ApiV1AdminLiveCategoriesListCategories"];
        put?: never;
        /**
         * Add a category
         * @description Adds a category; a slug in use is a 409. Editor or admin role.
         */
        post: operations["ApiV1AdminLiveCategoriesCreateCategory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/live/categories/{category_id}": {
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
         * Delete a category; its channels stay
         * @description Deletes the category; its channels stay, without it. Editor or admin role.
         */
        delete: operations["ApiV1AdminLiveCategoriesCategoryIdDeleteCategory"];
        options?: never;
        head?: never;
        /**
         * Change a category
         * @description Changes the fields sent of a category. Editor or admin role.
         */
        patch: operations["ApiV1AdminLiveCategoriesCategoryIdUpdateCategory"];
        trace?: never;
    };
    "/api/v1/admin/live/categories/{category_id}/channels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set a category's channels, in order
         * @description Makes these channels the category's, in this order. Editor or admin role.
         */
        put: operations["ApiV1AdminLiveCategoriesCategoryIdChannelsOrderCategory"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/live/channels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every channel, enabled or not, by id
         * @description Every channel with its sources and categories, a page at a time. Editor or admin role.
         */
        get: operations["ApiV1AdminLiveChannelsListChannels"];
        put?: never;
        /**
         * Add a channel with its stream sources
         * @description Adds a channel; a number or XMLTV id another channel has is a 409. Editor or admin role.
         */
        post: operations["ApiV1AdminLiveChannelsCreateChannel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/live/channels/{channel_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A channel as editors see it
         * @description A channel with its sources (stream URLs) and categories, enabled or not. Editor or admin role.
         */
        get: operations["ApiV1AdminLiveChannelsChannelIdGetChannel"];
        put?: never;
        post?: never;
        /**
         * Delete a channel with its sources and guide
         * @description Deletes the channel, its sources and its programmes. Editor or admin role.
         */
        delete: operations["ApiV1AdminLiveChannelsChannelIdDeleteChannel"];
        options?: never;
        head?: never;
        /**
         * Change the fields sent (enable, disable, reorder)
         * @description Changes the fields sent and leaves the rest: `sources` and `category_ids` replace the channel's.
         *     Editor or admin role.
         */
        patch: operations["ApiV1AdminLiveChannelsChannelIdUpdateChannel"];
        trace?: never;
    };
    "/api/v1/admin/live/channels/{channel_id}/audience": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A channel's views and viewers, now and by hour
         * @description Views since the channel was added, viewers watching now, and per hour (UTC) the views that started
         *     and the most viewers at once, oldest first; hours without a viewer are left out. Views are counted from
         *     heartbeats carrying the channel's id, once per profile every `VUGA_LIVETV_VIEW_DEDUPE_HOURS`, and added
         *     up about every minute. Editor or admin role.
         */
        get: operations["ApiV1AdminLiveChannelsChannelIdAudienceGetAudience"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/live/channels/{channel_id}/logos/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Upload a channel's square or wide logo (JPEG, PNG or WebP)
         * @description The body is the image (its bytes say what it is; the Content-Type is not trusted), checked and made
         *     into variants as a title's logo is: 160 to 1280 px wide (never wider than it is), WebP and PNG (which
         *     keeps its transparency), with a blurhash. They replace the channel's `kind` logo; `logo_url` (or
         *     `logo_wide_url`) becomes the largest. Editor or admin role.
         */
        put: operations["ApiV1AdminLiveChannelsChannelIdLogosKindUploadLogo"];
        post?: never;
        /**
         * Remove a channel's square or wide logo
         * @description The channel has no `kind` logo any more (its variants stay in the store: cached pages may still
         *     name them). Editor or admin role.
         */
        delete: operations["ApiV1AdminLiveChannelsChannelIdLogosKindRemoveLogo"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/live/epg-imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import an XMLTV file now; the answer is the import's report
         * @description A multipart form with one `file`: an XMLTV document (or gzipped, `.xml.gz`). Its programmes replace
         *     each known channel's guide over the document's time span; overlaps are corrected, the rest skipped with
         *     reasons, in the report. A document declaring entities, malformed, or past the limits is a 422 and
         *     imports nothing. Editor or admin role.
         */
        post: operations["ApiV1AdminLiveEpgImportsImportFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/live/epg-imports/{import_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An import's state and report
         * @description Where an import is (queued, running, done, failed), its report once done, its error once failed.
         *     Editor or admin role.
         */
        get: operations["ApiV1AdminLiveEpgImportsImportIdGetImport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/live/epg-imports/url": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import the XMLTV document at a URL (a worker fetches it)
         * @description Queues the import of the document at `url`; poll `GET .../epg-imports/{import_id}` for its report.
         *     URLs naming private, loopback or link-local addresses are refused unless
         *     `VUGA_LIVETV_EPG_ALLOW_PRIVATE_URLS` is on. Editor or admin role.
         */
        post: operations["ApiV1AdminLiveEpgImportsUrlImportUrl"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/live/programmes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a programme to a channel's guide
         * @description Adds one programme; one overlapping another of the channel is a 409 naming it. Editor or admin role.
         */
        post: operations["ApiV1AdminLiveProgrammesCreateProgramme"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/live/programmes/{programme_id}": {
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
         * Delete a programme
         * @description Deletes one programme from its channel's guide. Editor or admin role.
         */
        delete: operations["ApiV1AdminLiveProgrammesProgrammeIdDeleteProgramme"];
        options?: never;
        head?: never;
        /**
         * Change a programme's fields or times
         * @description Changes the fields sent; new times that overlap another programme of the channel are a 409 naming
         *     it. Editor or admin role.
         */
        patch: operations["ApiV1AdminLiveProgrammesProgrammeIdUpdateProgramme"];
        trace?: never;
    };
    "/api/v1/admin/media-jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Media jobs, newest first
         * @description Every media job, newest first, a page at a time; with `state`, only those (e.g. `running`). Editor or
         *     admin role.
         */
        get: operations["ApiV1AdminMediaJobsListMediaJobs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/media-jobs/{job_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A media job: its state, percent done and time left
         * @description The job's state, `percent` done and `eta_s` (seconds left, while it runs), and its error once failed.
         *     Editor or admin role.
         */
        get: operations["ApiV1AdminMediaJobsJobIdGetMediaJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/media-jobs/{job_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stop a media job
         * @description Stops a queued or running job; nothing of it is published. Editor or admin role.
         */
        post: operations["ApiV1AdminMediaJobsJobIdCancelCancelMediaJob"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every notification, the newest first, with its counts
         * @description Each with its state and how it did: `delivered` (profiles in the audience when it was sent),
         *     `pushed` (devices that accepted the push), `shown` and `dismissed` (profiles). Editor or admin role.
         */
        get: operations["ApiV1AdminNotificationsListNotifications"];
        put?: never;
        /**
         * Compose a notification, sent now or at send_at
         * @description Profiles in the audience list it from `send_at` (now if omitted or past) until `expires_at`; with
         *     `push` the workers also push it to the audience's devices. Profiles whose ceiling is below the linked
         *     title's or channel's rating never get it. Editor or admin role.
         */
        post: operations["ApiV1AdminNotificationsCreateNotification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/notifications/{notification_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A notification with its counts
         * @description As in the list. Editor or admin role.
         */
        get: operations["ApiV1AdminNotificationsNotificationIdGetNotification"];
        put?: never;
        post?: never;
        /**
         * Withdraw a notification
         * @description Deletes it with its counts: scheduled, it is never sent; sent, profiles no longer list it (pushes
         *     already delivered stay on the devices). Editor or admin role.
         */
        delete: operations["ApiV1AdminNotificationsNotificationIdDeleteNotification"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a person
         * @description Adds a person (cast or crew) to credit on titles. Editor or admin role.
         */
        post: operations["ApiV1AdminPeopleCreatePerson"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/people/{person_id}": {
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
         * Delete a person and their credits
         * @description Deletes the person and their credits. Editor or admin role.
         */
        delete: operations["ApiV1AdminPeoplePersonIdDeletePerson"];
        options?: never;
        head?: never;
        /**
         * Change a person
         * @description Changes the fields sent of a person. Editor or admin role.
         */
        patch: operations["ApiV1AdminPeoplePersonIdUpdatePerson"];
        trace?: never;
    };
    "/api/v1/admin/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every plan, on sale or not
         * @description All plans (at most 100), in the shop's order, with their Stripe price.
         */
        get: operations["ApiV1AdminPlansAdminListPlans"];
        put?: never;
        /**
         * Create a plan
         * @description A plan with its price in the currency's minor unit and ISO 4217 code, its period and trial, its
         *     concurrent streams and tallest rendition, and ads or not. `stripe_price_id` is the Stripe price its
         *     checkout charges (create it in Stripe first); a plan without one is granted by admins only.
         */
        post: operations["ApiV1AdminPlansAdminCreatePlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/plans/{plan_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One plan
         * @description The plan, on sale or not.
         */
        get: operations["ApiV1AdminPlansPlanIdAdminGetPlan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a plan
         * @description Changes the fields sent. A price change applies to new checkouts (Stripe prices are immutable:
         *     give a new `stripe_price_id`); `is_active: false` takes the plan off sale, its subscribers keep it.
         */
        patch: operations["ApiV1AdminPlansPlanIdAdminUpdatePlan"];
        trace?: never;
    };
    "/api/v1/admin/promo-codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Promo codes, the newest first
         * @description Each with its uses so far.
         */
        get: operations["ApiV1AdminPromoCodesAdminListPromoCodes"];
        put?: never;
        /**
         * Create a promo code
         * @description `percent` (`percent_off`) or `amount` (`amount_off_minor` and `currency`) off a Stripe checkout, or
         *     `free_days` granted at once; optionally only for `plan_ids`, until `expires_at`, `max_uses` in all and
         *     `per_account_limit` per account. A kind's fields, and only those, are required.
         */
        post: operations["ApiV1AdminPromoCodesAdminCreatePromoCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/promo-codes/{promo_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A promo code
         * @description The code and its uses so far.
         */
        get: operations["ApiV1AdminPromoCodesPromoIdAdminGetPromoCode"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Turn a code off, or change its expiry
         * @description What a code gives never changes once created (its uses were given for that); make a new one.
         */
        patch: operations["ApiV1AdminPromoCodesPromoIdAdminUpdatePromoCode"];
        trace?: never;
    };
    "/api/v1/admin/promo-codes/{promo_id}/redemptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who used a code, the latest first
         * @description Each use: the account, the plan, when.
         */
        get: operations["ApiV1AdminPromoCodesPromoIdRedemptionsAdminListRedemptions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/seasons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a season to a series
         * @description Adds a season to a series; a number the series has already is a 409. Editor or admin role.
         */
        post: operations["ApiV1AdminSeasonsCreateSeason"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/seasons/{season_id}": {
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
         * Delete a season with its episodes
         * @description Deletes the season with its episodes. Editor or admin role.
         */
        delete: operations["ApiV1AdminSeasonsSeasonIdDeleteSeason"];
        options?: never;
        head?: never;
        /**
         * Change a season
         * @description Changes the fields sent of a season. Editor or admin role.
         */
        patch: operations["ApiV1AdminSeasonsSeasonIdUpdateSeason"];
        trace?: never;
    };
    "/api/v1/admin/sources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a playable source to a movie or an episode
         * @description Adds a playable source to a movie or an episode. Editor or
         *     admin role.
         */
        post: operations["ApiV1AdminSourcesCreateSource"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/sources/{source_id}": {
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
         * Remove a playable source
         * @description Removes a playable source. Editor or admin role.
         */
        delete: operations["ApiV1AdminSourcesSourceIdDeleteSource"];
        options?: never;
        head?: never;
        /**
         * Change a playable source
         * @description Changes the fields sent of a source. Editor or admin role.
         */
        patch: operations["ApiV1AdminSourcesSourceIdUpdateSource"];
        trace?: never;
    };
    "/api/v1/admin/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Subscriptions, the newest first
         * @description A page of subscriptions, filtered by state or account.
         */
        get: operations["ApiV1AdminSubscriptionsAdminListSubscriptions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/subscriptions/{subscription_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A subscription with its ledger
         * @description The subscription and its last 100 transitions, the newest first: each with its cause (viewer,
         *     admin, provider with the event's id, job, promo) and who acted.
         */
        get: operations["ApiV1AdminSubscriptionsSubscriptionIdAdminGetSubscription"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/subscriptions/{subscription_id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End a manual subscription now
         * @description Expires it at once; the ledger keeps the note and the admin's id.
         */
        post: operations["ApiV1AdminSubscriptionsSubscriptionIdRevokeAdminRevoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/subscriptions/grants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Grant a plan by hand (the manual provider)
         * @description The plan for `days` from now — or from the current period's end when the account has this plan
         *     already — as active (or trialing, with `trial`). Recorded in the ledger with the admin's id.
         */
        post: operations["ApiV1AdminSubscriptionsGrantsAdminGrant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/subtitles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add subtitles to a movie or an episode
         * @description Adds a subtitle track to a movie or an episode. Editor or admin role.
         */
        post: operations["ApiV1AdminSubtitlesCreateSubtitle"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/subtitles/{subtitle_id}": {
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
         * Remove a subtitle track
         * @description Removes a subtitle track. Editor or admin role.
         */
        delete: operations["ApiV1AdminSubtitlesSubtitleIdDeleteSubtitle"];
        options?: never;
        head?: never;
        /**
         * Change a subtitle track
         * @description Changes the fields sent of a subtitle track. Editor or admin role.
         */
        patch: operations["ApiV1AdminSubtitlesSubtitleIdUpdateSubtitle"];
        trace?: never;
    };
    "/api/v1/admin/titles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every title, published or not: search, filters, sort, a page at a time
         * @description Titles as editors see them, unpublished ones included, `limit` at a time (20 by default, 100 at most);
         *     pass `next_cursor` back as `cursor` for the next page (a cursor works only with the sort and filters it
         *     came from). `q` keeps titles whose name contains it; `kind`, `published` and `genre` (an id; an unknown
         *     one is a 422) filter. Sorted by last change (`updated`, the default), by `title` or by `release_year`.
         *     No total count: the table pages on. Editor or admin role.
         */
        get: operations["ApiV1AdminTitlesListTitles"];
        put?: never;
        /**
         * Create a title (unpublished until published)
         * @description Creates a title, unpublished: viewers see it once it is published. Editor or admin role.
         */
        post: operations["ApiV1AdminTitlesCreateTitle"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/titles/{title_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A title as editors see it, published or not
         * @description A title with every field editors set, published or not. Editor or admin role.
         */
        get: operations["ApiV1AdminTitlesTitleIdGetTitle"];
        put?: never;
        post?: never;
        /**
         * Delete a title with its seasons, episodes, credits and media
         * @description Deletes the title with its seasons, episodes, credits, sources, subtitles and trailers. Editor or
         *     admin role.
         */
        delete: operations["ApiV1AdminTitlesTitleIdDeleteTitle"];
        options?: never;
        head?: never;
        /**
         * Change the fields sent, and only those
         * @description Changes the fields sent and leaves the rest; cached pages that show the title are refreshed. Editor or
         *     admin role.
         */
        patch: operations["ApiV1AdminTitlesTitleIdUpdateTitle"];
        trace?: never;
    };
    "/api/v1/admin/titles/{title_id}/artwork/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Upload a title's poster, wide poster, backdrop or logo (JPEG, PNG or WebP)
         * @description The body is the image (its bytes say what it is; the Content-Type is not trusted): at most 20 MiB
         *     and 40 megapixels, at least 16 px a side. It is stripped of its metadata and made into variants 160,
         *     320, 640 and 1280 px wide (never wider than it is) in WebP and JPEG (PNG for a logo, which keeps its
         *     transparency), with a blurhash; they replace the title's `kind` image. The variants' URLs are immutable.
         *     Editor or admin role.
         */
        put: operations["ApiV1AdminTitlesTitleIdArtworkKindUploadArtwork"];
        post?: never;
        /**
         * Remove a title's poster, wide poster, backdrop or logo
         * @description The title shows no `kind` image any more (its variants' URLs keep working). Editor or admin role.
         */
        delete: operations["ApiV1AdminTitlesTitleIdArtworkKindRemoveArtwork"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/titles/{title_id}/artwork/{kind}/from-upload": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Make a completed upload a title's poster, wide poster, backdrop or logo
         * @description As the upload in the body, for an image uploaded by tus or direct upload first (`/admin/uploads`);
         *     the upload is used up once it is the title's image. Editor or admin role; the upload must be yours.
         */
        post: operations["ApiV1AdminTitlesTitleIdArtworkKindFromUploadArtworkFromUpload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/titles/{title_id}/availability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who may play a title
         * @description The title's rule; a title without one is free, always, everywhere.
         */
        get: operations["ApiV1AdminTitlesTitleIdAvailabilityAdminGetTitleAvailability"];
        /**
         * Set who may play a title
         * @description `access` (`free`, `premium`: a subscription that plays, `locked`: nobody), the window it plays in,
         *     and the countries it plays in (`countries`, empty: all) or never (`blocked_countries`). Applies to all
         *     its episodes, but those with a rule of their own.
         */
        put: operations["ApiV1AdminTitlesTitleIdAvailabilityAdminSetTitleAvailability"];
        post?: never;
        /**
         * Free a title everywhere, always
         * @description Removes the title's rule.
         */
        delete: operations["ApiV1AdminTitlesTitleIdAvailabilityAdminRemoveTitleAvailability"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/titles/{title_id}/media": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Make an upload a movie's video
         * @description Queues the job that probes the upload, transcodes it to an adaptive HLS ladder and publishes it as the
         *     movie's video (replacing any earlier one once done). Follow it at `/admin/media-jobs/{job_id}`. Editor
         *     or admin role; the upload must be yours and complete.
         */
        post: operations["ApiV1AdminTitlesTitleIdMediaAttachToTitle"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/titles/{title_id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Make a title visible to viewers
         * @description Makes the title visible to viewers (within their profiles' ceilings); cached lists are refreshed.
         *     Editor or admin role.
         */
        post: operations["ApiV1AdminTitlesTitleIdPublishPublishTitle"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/titles/{title_id}/seasons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A series' seasons with their episodes, published or not
         * @description Every season of a series in order, each with its episodes in order and whether each has a playable
         *     source; a movie is a 422, an unknown title a 404. Editor or admin role.
         */
        get: operations["ApiV1AdminTitlesTitleIdSeasonsListSeasons"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/titles/{title_id}/unpublish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Hide a title from viewers
         * @description Hides the title from viewers. Editor or
         *     admin role.
         */
        post: operations["ApiV1AdminTitlesTitleIdUnpublishUnpublishTitle"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/top10": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The editorial top 10, in order
         * @description The editorial top 10 as set by `PUT /api/v1/admin/top10`, with each title's name and state; empty when
         *     the home page falls back to the most viewed titles. Editor or admin role.
         */
        get: operations["ApiV1AdminTop10GetTop10"];
        /**
         * Set the editorial top 10, in order (an empty list falls back to the most viewed)
         * @description Sets the editorial top 10 to these titles, in order; an empty list returns the home's top 10 to the
         *     most viewed titles. Editor or admin role.
         */
        put: operations["ApiV1AdminTop10SetTop10"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/trailers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a trailer
         * @description Adds a trailer to a title. Editor or admin role.
         */
        post: operations["ApiV1AdminTrailersCreateTrailer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/trailers/{trailer_id}": {
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
         * Remove a trailer
         * @description Removes a trailer. Editor or admin role.
         */
        delete: operations["ApiV1AdminTrailersTrailerIdDeleteTrailer"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/uploads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a tus upload (Upload-Length, Upload-Metadata: filename, filetype)
         * @description tus creation: `Upload-Length` (bytes) and `Upload-Metadata` with `filename` (and `filetype`) in base64.
         *     Answers 201 with the upload's `Location`. A body of type `application/offset+octet-stream` is its first
         *     bytes (creation-with-upload). Editor or admin role; editors within their quota.
         */
        post: operations["ApiV1AdminUploadsCreateUpload"];
        delete?: never;
        /**
         * tus discovery: the protocol version, extensions and size limit
         * @description Answers with `Tus-Version`, `Tus-Extension`, `Tus-Max-Size` and `Tus-Checksum-Algorithm`.
         */
        options: operations["ApiV1AdminUploadsTusDiscovery"];
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/uploads/{upload_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An upload's state as JSON
         * @description The upload's mode, state, length, offset (bytes held), file name and type, and expiry. Editor or
         *     admin role.
         */
        get: operations["ApiV1AdminUploadsUploadIdGetUpload"];
        put?: never;
        post?: never;
        /**
         * Delete an upload and its bytes (tus termination)
         * @description Deletes the upload and its bytes, finished or not, unless a media job is using it (409). Works for
         *     direct multipart uploads too (the store's parts are dropped); there `Tus-Resumable` is optional.
         *     Editor or admin role.
         */
        delete: operations["ApiV1AdminUploadsUploadIdTerminateUpload"];
        options?: never;
        /**
         * Where a tus upload is (Upload-Offset)
         * @description The upload's `Upload-Offset`, `Upload-Length`, `Upload-Metadata` and `Upload-Expires`: resume from
         *     the offset. Editor or admin role.
         */
        head: operations["ApiV1AdminUploadsUploadIdUploadOffset"];
        /**
         * Append bytes to a tus upload at Upload-Offset
         * @description Appends the body (`application/offset+octet-stream`) at `Upload-Offset`, which must be the upload's
         *     offset; an optional `Upload-Checksum: sha256 <base64>` covers it. Answers 204 with the new
         *     `Upload-Offset`, which is on disk. A dropped connection keeps what arrived. Editor or admin role.
         */
        patch: operations["ApiV1AdminUploadsUploadIdAppendToUpload"];
        trace?: never;
    };
    "/api/v1/admin/uploads/{upload_id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Finish a direct multipart upload once every part is in the store
         * @description Checks with the store that every part is there with its size, and assembles the object; the upload
         *     is then complete, ready for a media job. Editor or admin role.
         */
        post: operations["ApiV1AdminUploadsUploadIdCompleteCompleteMultipart"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/uploads/{upload_id}/part-urls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Presigned URLs for parts of a direct multipart upload
         * @description A URL for each part number asked (at most 100 at a time), valid `VUGA_STORAGE_PRESIGN_TTL_S`: PUT the
         *     part's bytes there. Asking again for a part gives a new URL (a retried part replaces the first).
         *     Editor or admin role.
         */
        post: operations["ApiV1AdminUploadsUploadIdPartUrlsPartUrls"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/uploads/multipart": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a direct S3 multipart upload (the bytes go to the store, not through the API)
         * @description Starts a multipart upload in the bucket: ask for part URLs, PUT each part (`part_size` bytes, the
         *     last one the rest) to its URL, then complete. Editor or admin role; editors within their quota.
         */
        post: operations["ApiV1AdminUploadsMultipartStartMultipart"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/device": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A TV asks for a code to sign in with (RFC 8628)
         * @description The TV shows `user_code` (and a QR code of `verification_uri_complete`) and polls
         *     `/auth/device/token` with `device_code` every `interval` seconds until someone signed in approves the
         *     code at `verification_uri`, or it expires after `expires_in` seconds. Limited per address.
         */
        post: operations["ApiV1AuthDeviceStartDeviceSignIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/device/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign a TV in to this account, on one of its profiles
         * @description Approves the code a TV shows: the TV's next poll receives a session of its own, of this account,
         *     starting on `profile_id`. A wrong, used or expired code is a 404; after ten wrong codes a minute from
         *     one address, or too many from everyone, a 429.
         */
        post: operations["ApiV1AuthDeviceApproveApproveDevice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/device/deny": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refuse a TV's sign-in
         * @description Refuses the code: the TV's next poll gets `access_denied`. Limited as approvals are.
         */
        post: operations["ApiV1AuthDeviceDenyDenyDevice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/device/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The TV polls for its tokens (RFC 8628)
         * @description Once the code is approved, the TV's own session: access and refresh tokens as a login's (refresh them
         *     the same way), and the profile chosen for it. They are issued once; the TV's session is listed among
         *     the account's devices, and signing any other device out leaves it signed in.
         */
        post: operations["ApiV1AuthDeviceTokenPollDeviceToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exchange email and password for tokens
         * @description Returns a short-lived access token (send it as `Authorization: Bearer`) and a refresh token. A wrong
         *     email or password is the same 401; repeated failures are limited (429) by where they come from, so
         *     that guessing cannot lock the account's owner out.
         */
        post: operations["ApiV1AuthLoginLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End this session
         * @description Ends the session of this access token: it and its refresh token stop working at once.
         */
        post: operations["ApiV1AuthLogoutLogout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End every session of the account, this one included
         * @description Ends every session of the account, on every device, this one included.
         */
        post: operations["ApiV1AuthLogoutAllLogoutAll"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change the password; ends every other session
         * @description Changes the password: the current one is required and the new one follows the sign-up rules (a 422
         *     names each rule broken). Every other session ends; this one stays.
         */
        post: operations["ApiV1AuthPasswordChangePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mail a password reset link
         * @description Answers 202 with the same body whether or not an account has the address, so that nobody learns which addresses have accounts. The link works once, for `VUGA_AUTH_PASSWORD_RESET_TTL_S`.
         */
        post: operations["ApiV1AuthPasswordResetAskPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Choose a new password with a reset link's token; ends every session of the account
         * @description Sets the new password (the registration rules apply: a 422 names each one broken, and the link keeps
         *     working), marks the address confirmed and ends every session of the account. A used, expired or unknown
         *     token is a 422. Limited per address.
         */
        post: operations["ApiV1AuthPasswordResetConfirmConfirmPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exchange a refresh token for new tokens (the old refresh token stops working)
         * @description Exchanges a refresh token for a new pair; the one sent stops working. A refresh token sent again after
         *     its use is a 401 and ends its session, so a stolen copy cannot be used unnoticed.
         */
        post: operations["ApiV1AuthRefreshRefresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an account (and its first profile), and log in
         * @description Creates an account with a first profile and returns tokens, as a login would (201), and mails a link
         *     that confirms the address. With `VUGA_AUTH_REQUIRE_VERIFIED_EMAIL` on, answers 202 without tokens: the
         *     first login follows the link. The password needs 10 characters, 5 different ones, must not be a common
         *     password or contain the email's name (a 422 names each rule broken); an email with an account is a 409.
         *     Limited per address.
         */
        post: operations["ApiV1AuthRegisterRegister"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/verify-email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm the account's address with a mailed token
         * @description Marks the account's address confirmed. The token works once; a used, expired or unknown one is a 422.
         *     Limited per address.
         */
        post: operations["ApiV1AuthVerifyEmailVerifyEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/verify-email/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mail a new address confirmation link (409 if the address is confirmed already)
         * @description Mails the signed-in account a new confirmation link (the older ones keep working until they expire).
         *     Limited per address and per account.
         */
        post: operations["ApiV1AuthVerifyEmailResendResendVerification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/webhooks/stripe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stripe's webhook endpoint (signed events)
         * @description Register this URL in Stripe's dashboard with the `customer.subscription.*` events. Each event is
         *     verified with the endpoint's signing secret and applied once: a redelivery, or an event older than one
         *     applied already, changes nothing (`outcome`: `applied`, `duplicate`, `stale`, `refused`, `ignored`).
         */
        post: operations["ApiV1BillingWebhooksStripeStripeWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/genres": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * All genres, in display order
         * @description Every genre with its id, slug and name. Public and cached: `Cache-Control` and a strong `ETag` (a 304
         *     for `If-None-Match`); answered from the cache, it costs nothing against the rate limit.
         */
        get: operations["ApiV1GenresListGenres"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/home": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The home page: featured titles, top 10, new releases and a rail per genre
         * @description The rails every viewer sees: featured titles, the top 10, new releases and one rail per genre;
         *     `max_maturity` keeps them to titles rated at or below it (a kids' app). Public and cached with an
         *     `ETag`; a profile's own home is `/profiles/{profile_id}/home`.
         */
        get: operations["ApiV1HomeSharedHome"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/languages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * All catalog languages
         * @description Every language titles are in, by code and name. Public and cached: `Cache-Control` and a strong `ETag`
         *     (a 304 for `If-None-Match`); answered from the cache, it costs nothing against the rate limit.
         */
        get: operations["ApiV1LanguagesListLanguages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/live/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Live-TV categories, in order, each with its channels
         * @description Every category in display order with its enabled channels in the category's order. Public and cached
         *     (`ETag`, 304 for `If-None-Match`); with `profile_id`, the profile's ceiling applies and it is private.
         */
        get: operations["ApiV1LiveCategoriesListCategories"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/live/channels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Enabled channels in display order, a page at a time
         * @description Enabled channels, in display order (in a `category`'s own order when one is given), `limit` at a
         *     time; pass `next_cursor` back as `cursor` for the next page. First pages are cached and public.
         */
        get: operations["ApiV1LiveChannelsListChannels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/live/channels/{channel_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A channel with what is on now and next
         * @description An enabled channel, its categories, and the programmes on now and next (`now` is null in a gap of
         *     the guide). Cached until the next programme boundary, and said so in `Cache-Control`; a disabled
         *     channel, or one above the ceiling of `profile_id`, is a 404. No stream URL: see the channel's playback.
         */
        get: operations["ApiV1LiveChannelsChannelIdGetChannel"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/live/guide": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The programme guide for a time window, a page of channels at a time
         * @description The programmes showing between `start` (default: the current half hour) and `end` (default: three
         *     hours later; at most `VUGA_LIVETV_GUIDE_MAX_WINDOW_H` after `start`), for `limit` channels at a time —
         *     the given `channels`, a `category`'s, or every enabled one — in display order. Public and cached.
         */
        get: operations["ApiV1LiveGuideGetGuide"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/live/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Channels by name or number, typos tolerated
         * @description Enabled channels whose name matches every word of `q` (as prefixes), or its number, best first;
         *     misspelt names match by trigram similarity. Public and cached.
         */
        get: operations["ApiV1LiveSearchSearchChannels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller's account
         * @description The caller's account: id, email, display name, role, creation time. `private, no-store`.
         */
        get: operations["ApiV1MeGetMe"];
        put?: never;
        post?: never;
        /**
         * Delete the account and all its personal data
         * @description Deletes the account with its profiles and all they saved (library, ratings, history), and ends its
         *     sessions. It cannot be undone.
         */
        delete: operations["ApiV1MeDeleteMe"];
        options?: never;
        head?: never;
        /**
         * Change the account's display name
         * @description Changes the display name; the email and the role cannot be changed here (unknown fields are a 422).
         */
        patch: operations["ApiV1MeUpdateMe"];
        trace?: never;
    };
    "/api/v1/me/devices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The devices signed in to the account
         * @description Every live session (the last seen first, at most 100): its name and kind (`web`, `app`, `tv`), when it
         *     signed in and was last seen (its last token refresh) and from where; `current` marks the caller's.
         */
        get: operations["ApiV1MeDevicesListDevices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/devices/{device_id}": {
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
         * Sign a device out
         * @description Ends that device's session: its tokens stop working at once. The caller's own id signs it out too.
         */
        delete: operations["ApiV1MeDevicesDeviceIdSignOutDevice"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/promo-codes/{code}/redeem": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Redeem a free-days promo code
         * @description Grants the code's free days at once: a trial of the plan, or days added to the account's current
         *     period on the same plan. Each code is used at most its total and per-account number of times, however
         *     many redemptions race.
         */
        post: operations["ApiV1MePromoCodesRedeemRedeemCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/push-subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * This device's push subscription
         * @description Whether the calling device (its session) receives pushes, and through which provider.
         */
        get: operations["ApiV1MePushSubscriptionsGetPushSubscription"];
        /**
         * Receive pushes on this device (a Web Push subscription or an FCM token)
         * @description Registers the calling device's push address, replacing its former one. It lasts as long as the
         *     device stays signed in; an address the provider reports gone is deleted by the server.
         */
        put: operations["ApiV1MePushSubscriptionsPutPushSubscription"];
        post?: never;
        /**
         * No more pushes on this device
         * @description Unregisters the calling device's push address.
         */
        delete: operations["ApiV1MePushSubscriptionsDeletePushSubscription"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/subscription": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The account's subscription and what it allows
         * @description The subscription (or `null`) and the entitlements it gives now: premium titles or not, streams, the
         *     tallest rendition. A canceled subscription plays until `current_period_end`, then expires.
         */
        get: operations["ApiV1MeSubscriptionMySubscription"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/subscription/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel at the end of the current period
         * @description The plan plays until `current_period_end`, then the subscription expires; no renewal is charged.
         */
        post: operations["ApiV1MeSubscriptionCancelCancelSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/subscription/checkout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start paying for a plan: the payment provider's hosted checkout page
         * @description Send the viewer to `url` (Stripe Checkout). The subscription begins when the provider's webhook
         *     reports it (a plan's trial only on a first subscription); a discount code is applied as a coupon and
         *     counts as used from now.
         */
        post: operations["ApiV1MeSubscriptionCheckoutStartCheckout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/subscription/portal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The payment provider's billing portal: payment method, invoices, plan changes
         * @description A one-time link to the Stripe customer portal, which returns to the app when done.
         */
        post: operations["ApiV1MeSubscriptionPortalOpenPortal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/people/{person_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A person with the titles they are credited on
         * @description A person with the published titles they are credited on (within the ceiling of `profile_id`, when
         *     given). Public and cached: `Cache-Control` and a strong `ETag` (a 304 for `If-None-Match`);
         *     answered from the cache, it costs nothing against the rate limit.
         */
        get: operations["ApiV1PeoplePersonIdGetPerson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The plans on sale
         * @description The active plans, in the order the shop shows them: price in the currency's minor unit (`999` with
         *     `USD` is $9.99), period, trial days, concurrent streams, tallest rendition (`max_height`, 0: any), ads.
         */
        get: operations["ApiV1PlansListPlans"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/profiles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The account's profiles
         * @description The account's profiles, in the order they were created.
         */
        get: operations["ApiV1ProfilesListProfiles"];
        put?: never;
        /**
         * Add a profile (up to the account's limit)
         * @description Adds a profile; a kids profile's ceiling is 7+ unless given, an adult's 18+. Past the account's limit
         *     of profiles it is a 409.
         */
        post: operations["ApiV1ProfilesCreateProfile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/profiles/{profile_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One of the account's profiles
         * @description One of the account's profiles; another account's is a 404.
         */
        get: operations["ApiV1ProfilesProfileIdGetProfile"];
        put?: never;
        post?: never;
        /**
         * Delete a profile with its library (not the last one)
         * @description Deletes the profile with its library, ratings and history; the account's last profile stays (409).
         */
        delete: operations["ApiV1ProfilesProfileIdDeleteProfile"];
        options?: never;
        head?: never;
        /**
         * Rename, change the avatar, the kids flag or the maturity ceiling
         * @description Changes the fields sent and leaves the others: name, default avatar, kids flag, maturity ceiling.
         */
        patch: operations["ApiV1ProfilesProfileIdUpdateProfile"];
        trace?: never;
    };
    "/api/v1/profiles/{profile_id}/avatar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Upload a profile picture (JPEG, PNG or WebP, 64-4096 px, at most 2 MiB)
         * @description A multipart form with one `file`: a JPEG, PNG or WebP image, 64 to 4096 px a side, at most 2 MiB. It
         *     becomes the profile's `avatar_url`; metered against the rate limit by its size.
         */
        put: operations["ApiV1ProfilesProfileIdAvatarUploadAvatar"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/profiles/{profile_id}/channels/{channel_id}/playback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Where a channel plays from
         * @description The channel's streams best first, each with its backup, and what is on now. A channel above the
         *     profile's ceiling (or disabled) is a 404; a premium one, while premium channels are not open to all
         *     (`VUGA_LIVETV_PREMIUM_OPEN`), needs a subscription that plays: else a 403 `subscription-required`.
         *     Given under one of the account's concurrent streams, as a title's: `playback_session_id` is its lease
         *     (send it back to keep it, and as the heartbeats' `session_id`); past the account's limit, a 409 naming
         *     the devices playing. `private, no-store`.
         */
        get: operations["ApiV1ProfilesProfileIdChannelsChannelIdPlaybackChannelPlayback"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/profiles/{profile_id}/continue-watching": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What the profile is in the middle of (20 at most), latest first
         * @description Titles the profile started and has not finished, latest first (20 at most), each with the episode and
         *     position to resume at. `private, no-store`.
         */
        get: operations["ApiV1ProfilesProfileIdContinueWatchingContinueWatching"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/profiles/{profile_id}/episodes/{episode_id}/playback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Where an episode plays from
         * @description As for a movie, for one episode, under a stream lease and the entitlements likewise (the episode's
         *     own availability rule, else its series'). `private, no-store`.
         */
        get: operations["ApiV1ProfilesProfileIdEpisodesEpisodeIdPlaybackEpisodePlayback"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/profiles/{profile_id}/favorites": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The profile's favorites, most recently added first
         * @description Titles and episodes on the profile's favorites, latest first, a page at a time.
         */
        get: operations["ApiV1ProfilesProfileIdFavoritesListShelf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/profiles/{profile_id}/favorites/{title_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Put a title on the profile's favorites
         * @description Puts the title on the profile's favorites; one the profile may not see is a 404.
         */
        put: operations["ApiV1ProfilesProfileIdFavoritesTitleIdAddTitle"];
        post?: never;
        /**
         * Take a title off the profile's favorites
         * @description Takes the title off the profile's favorites.
         */
        delete: operations["ApiV1ProfilesProfileIdFavoritesTitleIdRemoveTitle"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/profiles/{profile_id}/favorites/episodes/{episode_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Put an episode on the profile's favorites
         * @description Puts the episode on the profile's favorites; one the profile may not see is a 404.
         */
        put: operations["ApiV1ProfilesProfileIdFavoritesEpisodesEpisodeIdAddEpisode"];
        post?: never;
        /**
         * Take an episode off the profile's favorites
         * @description Takes the episode off the profile's favorites.
         */
        delete: operations["ApiV1ProfilesProfileIdFavoritesEpisodesEpisodeIdRemoveEpisode"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/profiles/{profile_id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Viewing sessions, latest first
         * @description The profile's viewing sessions, latest first, a page at a time. Entry ids are 64-bit and sent as
         *     strings.
         */
        get: operations["ApiV1ProfilesProfileIdHistoryHistory"];
        put?: never;
        post?: never;
        /**
         * Forget everything the profile watched (history and positions)
         * @description Forgets everything the profile watched: its history and positions (continue watching empties).
         */
        delete: operations["ApiV1ProfilesProfileIdHistoryClearHistory"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/profiles/{profile_id}/history/{entry_id}": {
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
         * Remove one viewing session from the history
         * @description Removes one viewing session from the profile's history.
         */
        delete: operations["ApiV1ProfilesProfileIdHistoryEntryIdDeleteHistoryEntry"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/profiles/{profile_id}/home": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A profile's home: continue watching, my list, because you watched, then the shared rails
         * @description The profile's own rails (continue watching, my list, because you watched) and then the shared ones,
         *     within the profile's maturity ceiling. Only the account's own profiles (another's is a 404);
         *     `private, no-store`.
         */
        get: operations["ApiV1ProfilesProfileIdHomePersonalHome"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/profiles/{profile_id}/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The profile's notifications: the centre's list and the popups to show
         * @description The notifications sent to this profile and not dismissed, the newest first. A `popup` is listed until
         *     it is shown (mark it `shown` when it is on screen: it is not listed again); the others stay, `shown` or
         *     not, until dismissed. A link to a title or channel above the profile's ceiling is never listed.
         */
        get: operations["ApiV1ProfilesProfileIdNotificationsListNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/profiles/{profile_id}/notifications/{notification_id}/dismissed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The profile dismissed it: never listed again
         * @description Dismisses the notification for this profile (it counts as shown too). Again: no change.
         */
        post: operations["ApiV1ProfilesProfileIdNotificationsNotificationIdDismissedMarkDismissed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/profiles/{profile_id}/notifications/{notification_id}/shown": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The profile saw it
         * @description Marks the notification shown to this profile (a popup is not listed again). Again: no change.
         */
        post: operations["ApiV1ProfilesProfileIdNotificationsNotificationIdShownMarkShown"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/profiles/{profile_id}/pin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Lock the profile with a PIN (4-6 digits), or change it; needs the account password
         * @description Sets the profile's PIN (hashed; a new one ends the profile's unlock tokens). From then on the profile's
         *     routes refuse the account's token (403) until it is unlocked. A wrong account password is a 401.
         */
        put: operations["ApiV1ProfilesProfileIdPinSetPin"];
        post?: never;
        /**
         * Remove the profile's PIN (unlock it for good); needs the account password
         * @description Removes the profile's PIN: its routes take the account's token again. Needs the account password
         *     (a wrong one is a 401), not the PIN, so a forgotten PIN can always be removed.
         */
        delete: operations["ApiV1ProfilesProfileIdPinRemovePin"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/profiles/{profile_id}/playback-sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a stream: take one of the account's concurrent streams
         * @description Takes a lease on one of the account's streams; send its `id` as the heartbeats' `session_id` (they
         *     renew it) and as the playback endpoints' `playback_session_id`. It lapses `lease_ttl_s` after the last
         *     heartbeat. The playback endpoints take one themselves when not given one.
         */
        post: operations["ApiV1ProfilesProfileIdPlaybackSessionsStartPlaybackSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/profiles/{profile_id}/playback-sessions/{session_id}": {
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
         * Stop a stream: its lease is free for another device
         * @description Releases the stream's lease at once (a player stopping should say so, rather than let it lapse).
         */
        delete: operations["ApiV1ProfilesProfileIdPlaybackSessionsSessionIdStopPlaybackSession"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/profiles/{profile_id}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Report the playback position (every few seconds while playing); answered once it is stored
         * @description The player's position, sent every 10 s or so while playing and on pause and stop. Answered 204 once
         *     stored: an acknowledged position is never lost, and a report arriving late never moves a newer
         *     position back. An account's first 60 a minute are free against the rate limit.
         */
        put: operations["ApiV1ProfilesProfileIdProgressHeartbeat"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/profiles/{profile_id}/qoe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report the player's quality of experience (batched beacons)
         * @description Up to 20 beacons, each what one viewing's player saw since its last one: startup time (first beacon),
         *     seconds played and the rendition height, rebuffers and their seconds, rendition switches, errors. They
         *     become the ``vuga_qoe_*`` metrics; nothing per viewer is stored.
         */
        post: operations["ApiV1ProfilesProfileIdQoeReportQuality"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/profiles/{profile_id}/ratings/{title_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The profile's score for a title
         * @description The profile's score for the title (1 to 10), or null when it has not rated it.
         */
        get: operations["ApiV1ProfilesProfileIdRatingsTitleIdGetRating"];
        /**
         * Rate a title from 1 to 10
         * @description Sets the profile's score for the title, replacing an earlier one; returns the title's new average and
         *     count.
         */
        put: operations["ApiV1ProfilesProfileIdRatingsTitleIdRateTitle"];
        post?: never;
        /**
         * Withdraw the profile's rating
         * @description Withdraws the profile's score; the title's average stops counting it.
         */
        delete: operations["ApiV1ProfilesProfileIdRatingsTitleIdUnrateTitle"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/profiles/{profile_id}/titles/{title_id}/completed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark a title watched
         * @description Marks the title watched: it leaves continue watching.
         */
        post: operations["ApiV1ProfilesProfileIdTitlesTitleIdCompletedMarkCompleted"];
        /**
         * Mark a title unwatched (forget its positions)
         * @description Marks the title unwatched: its positions are forgotten and it starts from the beginning.
         */
        delete: operations["ApiV1ProfilesProfileIdTitlesTitleIdCompletedMarkUnwatched"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/profiles/{profile_id}/titles/{title_id}/playback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Where a movie plays from: signed sources, tracks
         * @description The movie's sources best first — its HLS ladder as a signed URL that expires at `expires_at` (ask again
         *     after), then sources by URL — its subtitle and thumbnail tracks, and the position to resume at. A series
         *     is played by episode (`/episodes/{episode_id}/playback`). Given under one of the account's concurrent
         *     streams: `playback_session_id` is its lease (send it back to keep it, and as the heartbeats'
         *     `session_id`); past the account's limit (its plan's), a 409 naming the devices playing. The plan's
         *     tallest rendition limits the ladder; a title the account may not play is a 403 whose `type` says why.
         *     `private, no-store`.
         */
        get: operations["ApiV1ProfilesProfileIdTitlesTitleIdPlaybackMoviePlayback"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/profiles/{profile_id}/titles/{title_id}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Where to start a title: the episode and position
         * @description Where to start the title: for a series, the episode in progress (or the next one), and the position in
         *     seconds.
         */
        get: operations["ApiV1ProfilesProfileIdTitlesTitleIdResumeResume"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/profiles/{profile_id}/unlock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Switch into a locked profile: its PIN (or the account password) for a profile-scoped token
         * @description The token opens this profile's routes (and does all the account's token does) for `VUGA_AUTH_PROFILE_TOKEN_TTL_S` (4 h), while the session lives and the PIN stays the same. 5 wrong answers in a row lock the PIN for 15 minutes (429 with Retry-After).
         */
        post: operations["ApiV1ProfilesProfileIdUnlockUnlock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/profiles/{profile_id}/watchlist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The profile's watchlist, most recently added first
         * @description Titles and episodes on the profile's watchlist, latest first, a page at a time.
         */
        get: operations["ApiV1ProfilesProfileIdWatchlistListShelf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/profiles/{profile_id}/watchlist/{title_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Put a title on the profile's watchlist
         * @description Puts the title on the profile's watchlist; one the profile may not see is a 404.
         */
        put: operations["ApiV1ProfilesProfileIdWatchlistTitleIdAddTitle"];
        post?: never;
        /**
         * Take a title off the profile's watchlist
         * @description Takes the title off the profile's watchlist.
         */
        delete: operations["ApiV1ProfilesProfileIdWatchlistTitleIdRemoveTitle"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/profiles/{profile_id}/watchlist/episodes/{episode_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Put an episode on the profile's watchlist
         * @description Puts the episode on the profile's watchlist; one the profile may not see is a 404.
         */
        put: operations["ApiV1ProfilesProfileIdWatchlistEpisodesEpisodeIdAddEpisode"];
        post?: never;
        /**
         * Take an episode off the profile's watchlist
         * @description Takes the episode off the profile's watchlist.
         */
        delete: operations["ApiV1ProfilesProfileIdWatchlistEpisodesEpisodeIdRemoveEpisode"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/push/web-push-key": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The server's VAPID public key, for PushManager.subscribe
         * @description `public_key` is `applicationServerKey` for the browser's `PushManager.subscribe`; null while the
         *     server has no Web Push key (`VUGA_NOTIFICATIONS_VAPID_PRIVATE_KEY`).
         */
        get: operations["ApiV1PushWebPushKeyGetWebPushKey"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Titles matching a query, best first, with the catalog filters, a page at a time
         * @description Published titles matching `q` (1 to 200 characters), best first, with the catalog's filters, a page at
         *     a time. First pages are cached; a search not answered from the cache costs one expensive request
         *     against the rate limit. With `profile_id` the profile's ceiling applies and the answer is private.
         */
        get: operations["ApiV1SearchSearchTitles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/search/suggest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Type-ahead: up to 10 titles and people whose names start with the query
         * @description For a search box as the viewer types: up to 10 titles and people whose names start with `q`. Cached,
         *     and next to free against the rate limit.
         */
        get: operations["ApiV1SearchSuggestSuggest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/titles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Browse published titles with filters, sorted, a page at a time
         * @description Published titles, `limit` at a time (20 by default, 100 at most); pass `next_cursor` back as `cursor`
         *     for the next page. Filter by kind, genre (id or slug; an unknown one is a 422), language, release
         *     years and maturity; with `profile_id` (and the account's token) the profile's ceiling applies and
         *     the answer is private. First pages are cached and public.
         */
        get: operations["ApiV1TitlesBrowseTitles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/titles/{title_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One title with credits, seasons, sources and related titles
         * @description A published title's detail: genres, credits, seasons, playable sources, subtitles, trailers and related
         *     titles. A title not published, or above the ceiling of the `profile_id` given, is a 404 like one
         *     that does not exist. Public and cached: `Cache-Control` and a strong `ETag` (a 304 for `If-None-
         *     Match`); answered from the cache, it costs nothing against the rate limit.
         */
        get: operations["ApiV1TitlesTitleIdGetTitle"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/titles/{title_id}/downloads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Count a download of a title
         * @description Counts one download of a published title; no account needed. Counts are written in batches, so the
         *     title's figures show it a little later.
         */
        post: operations["ApiV1TitlesTitleIdDownloadsCountDownload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/titles/{title_id}/seasons/{number}/episodes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The episodes of one season of a series, in order
         * @description The episodes of season `number` of a published series, in order, a page at a time; 404 when the title
         *     is not visible to the caller.
         */
        get: operations["ApiV1TitlesTitleIdSeasonsNumberEpisodesListEpisodes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/titles/{title_id}/shares": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Count a share of a title
         * @description Counts one share of a published title; no account needed. Counts are written in batches, so the title's
         *     figures show it a little later.
         */
        post: operations["ApiV1TitlesTitleIdSharesCountShare"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness: the process is up
         * @description 200 while the process runs; nothing else is checked, so that only a hung process is restarted. Not
         *     rate-limited.
         */
        get: operations["HealthzHealthz"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness: database and cache reachable
         * @description 200 when the database and the cache answer within 2 s, else 503 with each check's state: a load
         *     balancer sends traffic only to ready processes. Not rate-limited.
         */
        get: operations["ReadyzReadyz"];
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
        /** Accepted */
        Accepted: {
            detail: string;
        };
        /**
         * Access
         * @default free
         * @enum {string}
         */
        Access: "free" | "premium";
        /** AccountChange */
        AccountChange: {
            disabled?: boolean;
            role?: components["schemas"]["Role"];
        };
        /** AccountChanged */
        AccountChanged: {
            account: components["schemas"]["AdminAccount"];
            sessions_ended: number;
        };
        /** AccountOut */
        AccountOut: {
            /** Format: date-time */
            created_at: string;
            display_name: string;
            email: string;
            /** @default false */
            email_verified: boolean;
            id: number;
            role: components["schemas"]["Role"];
        };
        /** AccountUpdate */
        AccountUpdate: {
            display_name?: string;
        };
        /** AdminAccount */
        AdminAccount: {
            /** Format: date-time */
            created_at: string;
            disabled: boolean;
            disabled_at: string | null;
            email: string;
            id: number;
            role: components["schemas"]["Role"];
        };
        /** AdminCategory */
        AdminCategory: {
            channel_ids: number[];
            id: number;
            name: string;
            slug: string;
            sort_order: number;
        };
        /** AdminChannel */
        AdminChannel: {
            category_ids: number[];
            country: string | null;
            id: number;
            is_enabled: boolean;
            is_premium: boolean;
            language: string | null;
            logo_url: string | null;
            logo_wide_url: string | null;
            maturity_rating: components["schemas"]["Maturity"];
            name: string;
            number: number | null;
            sort_order: number;
            sources: components["schemas"]["livetv_schemas_SourceOut"][];
            /** Format: date-time */
            updated_at: string;
            xmltv_id: string | null;
        };
        /** AdminEpisode */
        AdminEpisode: {
            air_date: string | null;
            duration_s: number | null;
            has_media: boolean;
            id: number;
            name: string;
            number: number;
        };
        /** AdminGenre */
        AdminGenre: {
            id: number;
            name: string;
        };
        /** AdminNotification */
        AdminNotification: {
            audience: components["schemas"]["AudienceOut"];
            body: string;
            /** Format: date-time */
            created_at: string;
            delivered: number | null;
            dismissed: number;
            /** Format: date-time */
            expires_at: string;
            id: number;
            image_url: string | null;
            link: components["schemas"]["Link"] | null;
            popup: boolean;
            push: boolean;
            pushed: number;
            /** Format: date-time */
            send_at: string;
            shown: number;
            /** @enum {string} */
            state: "scheduled" | "sent" | "expired";
            title: string;
        };
        /** AdminPlan */
        AdminPlan: {
            code: string;
            /** Format: date-time */
            created_at: string;
            currency: string;
            description: string;
            has_ads: boolean;
            id: number;
            is_active: boolean;
            max_height: number;
            name: string;
            period: string;
            position: number;
            price_minor: number;
            stream_limit: number;
            stripe_price_id: string | null;
            trial_days: number;
            /** Format: date-time */
            updated_at: string;
        };
        /** AdminSeason */
        AdminSeason: {
            episodes: components["schemas"]["AdminEpisode"][];
            id: number;
            name: string;
            number: number;
            release_year: number | null;
        };
        /** AdminSeasons */
        AdminSeasons: {
            items: components["schemas"]["AdminSeason"][];
            title_id: number;
        };
        /** AdminSubscription */
        AdminSubscription: {
            account_id: number;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            current_period_end: string;
            /** Format: date-time */
            current_period_start: string;
            id: number;
            plan_id: number;
            /** @enum {string} */
            provider: "manual" | "stripe";
            provider_subscription_id: string | null;
            /** @enum {string} */
            state: "trialing" | "active" | "past_due" | "canceled" | "expired";
        };
        /** AdminSubscriptionDetail */
        AdminSubscriptionDetail: {
            account_id: number;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            current_period_end: string;
            /** Format: date-time */
            current_period_start: string;
            id: number;
            ledger: components["schemas"]["LedgerEntryOut"][];
            plan_id: number;
            /** @enum {string} */
            provider: "manual" | "stripe";
            provider_subscription_id: string | null;
            /** @enum {string} */
            state: "trialing" | "active" | "past_due" | "canceled" | "expired";
        };
        /** AdminTitle */
        AdminTitle: {
            duration_s?: number | null;
            genre_ids: number[];
            id: number;
            is_featured: boolean;
            is_published: boolean;
            kind: components["schemas"]["TitleKind"];
            maturity_rating: components["schemas"]["Maturity"];
            original_title?: string | null;
            published_at: string | null;
            release_year: number;
            /** @default  */
            synopsis: string;
            title: string;
            /** Format: date-time */
            updated_at: string;
        };
        /** AdminTitleRow */
        AdminTitleRow: {
            genres: components["schemas"]["AdminGenre"][];
            id: number;
            is_published: boolean;
            kind: components["schemas"]["TitleKind"];
            maturity_rating: components["schemas"]["Maturity"];
            poster_url: string | null;
            published_at: string | null;
            release_year: number;
            title: string;
            /** Format: date-time */
            updated_at: string;
        };
        /**
         * AdminTitleSort
         * @description The orders of the admin's titles table; each has an index over every title (published or not).
         * @default updated
         * @enum {string}
         */
        AdminTitleSort: "updated" | "title" | "release_year";
        /** AdminTop10 */
        AdminTop10: {
            items: components["schemas"]["Top10Item"][];
        };
        /** ApprovedDevice */
        ApprovedDevice: {
            client_name: string;
        };
        /** ApproveIn */
        ApproveIn: {
            profile_id: number;
            /** @description As shown on the TV: case, spaces and dashes ignored. */
            user_code: string;
        };
        /** Artwork */
        Artwork: {
            backdrop: string | null;
            images: components["schemas"]["ArtworkImages"];
            logo: string | null;
            poster: string | null;
            poster_wide: string | null;
        };
        /** ArtworkFromUpload */
        ArtworkFromUpload: {
            upload_id: number;
        };
        /** ArtworkImages */
        ArtworkImages: {
            backdrop: components["schemas"]["Image"] | null;
            logo: components["schemas"]["Image"] | null;
            poster: components["schemas"]["Image"] | null;
            poster_wide: components["schemas"]["Image"] | null;
        };
        /**
         * ArtworkKind
         * @description Which image: poster, poster_wide, backdrop or logo.
         * @enum {string}
         */
        ArtworkKind: "poster" | "poster_wide" | "backdrop" | "logo";
        /** ArtworkOut */
        ArtworkOut: {
            image: components["schemas"]["Image"];
            kind: components["schemas"]["ArtworkKind"];
            title_id: number;
        };
        /** AttachMedia */
        AttachMedia: {
            upload_id: number;
        };
        /** AudienceHour */
        AudienceHour: {
            /** Format: date-time */
            hour: string;
            peak_watching: number;
            views: number;
        };
        /** AudienceOut */
        AudienceOut: {
            account_id?: number | null;
            /** @enum {string} */
            kind: "everyone" | "kids" | "non_kids" | "watched" | "account";
            title_id?: number | null;
        };
        /** AuditOut */
        AuditOut: {
            action: string;
            actor: string;
            actor_id: number | null;
            after: {
                [key: string]: unknown;
            } | null;
            /** Format: date-time */
            at: string;
            before: {
                [key: string]: unknown;
            } | null;
            id: number;
            request_id: string | null;
            target: string;
        };
        /** AvailabilityIn */
        AvailabilityIn: {
            /**
             * @default free
             * @enum {string}
             */
            access: "free" | "premium" | "locked";
            available_from?: string | null;
            available_until?: string | null;
            blocked_countries?: string[];
            countries?: string[];
        };
        /** AvailabilityOut */
        AvailabilityOut: {
            /** @enum {string} */
            access: "free" | "premium" | "locked";
            available_from: string | null;
            available_until: string | null;
            blocked_countries: string[];
            countries: string[];
        };
        /** AvatarUpload */
        AvatarUpload: {
            /** Format: binary */
            file: string;
        };
        /** SourceOut */
        catalog_schemas_SourceOut: {
            access: components["schemas"]["Access"];
            id: number;
            is_downloadable: boolean;
            kind: components["schemas"]["SourceKind"];
            quality: components["schemas"]["SourceQuality"];
            size_bytes: number | null;
            url: string;
        };
        /** CategoryCreate */
        CategoryCreate: {
            name: string;
            slug: string;
            /** @default 0 */
            sort_order: number;
        };
        /** CategoryOrder */
        CategoryOrder: {
            channel_ids: number[];
        };
        /** CategoryRef */
        CategoryRef: {
            id: number;
            name: string;
            slug: string;
        };
        /** CategoryUpdate */
        CategoryUpdate: {
            name?: string;
            slug?: string;
            sort_order?: number;
        };
        /** CategoryWithChannels */
        CategoryWithChannels: {
            channels: components["schemas"]["ChannelSummary"][];
            id: number;
            name: string;
            slug: string;
        };
        /** ChannelAudience */
        ChannelAudience: {
            channel_id: number;
            hours: components["schemas"]["AudienceHour"][];
            view_count: number;
            watching_now: number;
        };
        /** ChannelCreate */
        ChannelCreate: {
            category_ids?: number[];
            country?: string | null;
            /** @default true */
            is_enabled: boolean;
            /** @default false */
            is_premium: boolean;
            language?: string | null;
            logo_url?: string | null;
            logo_wide_url?: string | null;
            maturity_rating?: components["schemas"]["Maturity"];
            name: string;
            number?: number | null;
            /** @default 0 */
            sort_order: number;
            sources: components["schemas"]["SourceIn"][];
            xmltv_id?: string | null;
        };
        /** ChannelDetail */
        ChannelDetail: {
            categories: components["schemas"]["CategoryRef"][];
            channel: components["schemas"]["ChannelSummary"];
            next: components["schemas"]["ProgrammeOut"] | null;
            now: components["schemas"]["ProgrammeOut"] | null;
        };
        /** ChannelLogos */
        ChannelLogos: {
            square?: components["schemas"]["Image"] | null;
            wide?: components["schemas"]["Image"] | null;
        };
        /** ChannelPlayback */
        ChannelPlayback: {
            channel_id: number;
            expires_at: string | null;
            now: components["schemas"]["ProgrammeOut"] | null;
            playback_session_id: number;
            resume_position_s: number;
            sources: components["schemas"]["livetv_schemas_PlaybackSource"][];
            subtitles: string[];
            thumbnails: string | null;
        };
        /** ChannelSummary */
        ChannelSummary: {
            country: string | null;
            id: number;
            is_premium: boolean;
            language: string | null;
            logo_url: string | null;
            logo_wide_url: string | null;
            logos: components["schemas"]["ChannelLogos"];
            maturity_rating: components["schemas"]["Maturity"];
            name: string;
            number: number | null;
        };
        /** ChannelUpdate */
        ChannelUpdate: {
            category_ids?: number[];
            country?: string | null;
            is_enabled?: boolean;
            is_premium?: boolean;
            language?: string | null;
            logo_url?: string | null;
            logo_wide_url?: string | null;
            maturity_rating?: components["schemas"]["Maturity"];
            name?: string;
            number?: number | null;
            sort_order?: number;
            sources?: components["schemas"]["SourceIn"][];
            xmltv_id?: string | null;
        };
        /** CheckoutIn */
        CheckoutIn: {
            plan_id: number;
            /** @description Letters, digits, dashes; case does not matter. */
            promo_code?: string | null;
        };
        /** CheckoutOut */
        CheckoutOut: {
            /** @enum {string} */
            provider: "manual" | "stripe";
            session_id: string;
            url: string;
        };
        /** Created */
        Created: {
            id: number;
        };
        /** CreditCreate */
        CreditCreate: {
            /** @default 0 */
            billing_order: number;
            character?: string | null;
            person_id: number;
            role: components["schemas"]["CreditRole"];
            title_id: number;
        };
        /** CreditOut */
        CreditOut: {
            billing_order: number;
            character: string | null;
            id: number;
            person: components["schemas"]["PersonRef"];
            role: components["schemas"]["CreditRole"];
        };
        /**
         * CreditRole
         * @enum {string}
         */
        CreditRole: "cast" | "director" | "writer" | "producer" | "creator";
        /** CreditUpdate */
        CreditUpdate: {
            billing_order?: number;
            character?: string | null;
            role?: components["schemas"]["CreditRole"];
        };
        /** DeadJob */
        DeadJob: {
            args: unknown[];
            attempts: number;
            error: string;
            failed_at: string;
            id: string;
            kwargs: {
                [key: string]: unknown;
            };
            task_name: string;
        };
        /** DeadJobs */
        DeadJobs: {
            items: components["schemas"]["DeadJob"][];
        };
        /** DenyIn */
        DenyIn: {
            /** @description As shown on the TV: case, spaces and dashes ignored. */
            user_code: string;
        };
        /**
         * Device
         * @default other
         * @enum {string}
         */
        Device: "phone" | "tablet" | "tv" | "web" | "other";
        /** DeviceAuthorization */
        DeviceAuthorization: {
            device_code: string;
            expires_in: number;
            interval: number;
            user_code: string;
            verification_uri: string;
            verification_uri_complete: string;
        };
        /** DeviceAuthorizationIn */
        DeviceAuthorizationIn: {
            /**
             * @description How the devices list names the TV.
             * @default
             */
            client_name: string;
        };
        /** DeviceOut */
        DeviceOut: {
            current: boolean;
            id: number;
            kind: string;
            last_address: string;
            /** Format: date-time */
            last_seen_at: string;
            name: string;
            /** Format: date-time */
            signed_in_at: string;
            user_agent: string;
        };
        /** DeviceTokenIn */
        DeviceTokenIn: {
            device_code: string;
            /** @default urn:ietf:params:oauth:grant-type:device_code */
            grant_type: string;
        };
        /** Entitlements */
        Entitlements: {
            has_ads: boolean;
            max_height: number;
            premium: boolean;
            stream_limit: number;
        };
        /** EpgImportOut */
        EpgImportOut: {
            /** Format: date-time */
            created_at: string;
            error: string | null;
            finished_at: string | null;
            id: number;
            report: components["schemas"]["ImportReport"] | null;
            source: string;
            state: components["schemas"]["ImportState"];
        };
        /** EpgImportUrl */
        EpgImportUrl: {
            url: string;
        };
        /** EpisodeCreate */
        EpisodeCreate: {
            air_date?: string | null;
            duration_s?: number | null;
            name: string;
            number: number;
            season_id: number;
            still_url?: string | null;
            /** @default  */
            synopsis: string;
        };
        /** EpisodeOut */
        EpisodeOut: {
            air_date: string | null;
            duration_s: number | null;
            id: number;
            name: string;
            number: number;
            season_number: number;
            sources: components["schemas"]["catalog_schemas_SourceOut"][];
            still_url: string | null;
            subtitles: components["schemas"]["SubtitleOut"][];
            synopsis: string;
        };
        /** EpisodeRef */
        EpisodeRef: {
            duration_s: number | null;
            id: number;
            name: string;
            number: number;
            season_number: number;
            still_url: string | null;
            title_id: number;
        };
        /** EpisodeUpdate */
        EpisodeUpdate: {
            air_date?: string | null;
            duration_s?: number | null;
            name?: string;
            number?: number;
            still_url?: string | null;
            synopsis?: string;
        };
        /** FieldProblem */
        FieldProblem: {
            field: string;
            message: string;
        };
        /** GenreCreate */
        GenreCreate: {
            name: string;
            /** @default 0 */
            position: number;
            slug: string;
        };
        /** GenreOut */
        GenreOut: {
            id: number;
            name: string;
            slug: string;
        };
        /** GenreUpdate */
        GenreUpdate: {
            name?: string;
            position?: number;
            slug?: string;
        };
        /** GrantIn */
        GrantIn: {
            account_id: number;
            days: number;
            /** @default  */
            note: string;
            plan_id: number;
            /** @default false */
            trial: boolean;
        };
        /** Guide */
        Guide: {
            /** Format: date-time */
            end: string;
            items: components["schemas"]["GuideRow"][];
            next_cursor?: string | null;
            /** Format: date-time */
            start: string;
        };
        /** GuideRow */
        GuideRow: {
            channel: components["schemas"]["ChannelSummary"];
            programmes: components["schemas"]["ProgrammeOut"][];
        };
        /** Health */
        Health: {
            checks?: {
                [key: string]: string;
            };
            status: string;
        };
        /** Heartbeat */
        Heartbeat: {
            /** @description The live channel being watched. */
            channel_id?: number | null;
            /**
             * Format: date-time
             * @description When the player took this position (ISO 8601).
             */
            client_time: string;
            device?: components["schemas"]["Device"];
            duration_s?: number | null;
            episode_id?: number | null;
            position_s?: number | null;
            /** @description The player's id for one viewing. */
            session_id: string;
            title_id?: number | null;
        };
        /** HistoryEntry */
        HistoryEntry: {
            device: components["schemas"]["Device"];
            episode: components["schemas"]["EpisodeRef"] | null;
            /** @example 4521312399360000001 */
            id: string;
            /** Format: date-time */
            last_seen_at: string;
            seconds_watched: number;
            /** Format: date-time */
            started_at: string;
            title: components["schemas"]["TitleSummary"];
        };
        /** Home */
        Home: {
            featured: components["schemas"]["TitleSummary"][];
            rails: components["schemas"]["Rail"][];
        };
        /** Image */
        Image: {
            blurhash?: string | null;
            height?: number | null;
            url: string;
            variants?: components["schemas"]["ImageVariant"][];
            width?: number | null;
        };
        /** ImageVariant */
        ImageVariant: {
            height: number;
            type: string;
            url: string;
            width: number;
        };
        /** ImportReport */
        ImportReport: {
            added: number;
            corrected: number;
            examples: {
                [key: string]: string;
            }[];
            in_document: number;
            removed: number;
            skipped: {
                [key: string]: number;
            };
            unknown_channels: string[];
            updated: number;
        };
        /**
         * ImportState
         * @enum {string}
         */
        ImportState: "queued" | "running" | "done" | "failed";
        /**
         * ItemKind
         * @enum {string}
         */
        ItemKind: "title" | "episode";
        /** LanguageCreate */
        LanguageCreate: {
            code: string;
            name: string;
        };
        /** LanguageOut */
        LanguageOut: {
            code: string;
            id: number;
            name: string;
        };
        /** LedgerEntryOut */
        LedgerEntryOut: {
            actor_account_id: number | null;
            /** Format: date-time */
            at: string;
            /** @enum {string} */
            cause: "viewer" | "admin" | "provider" | "job" | "promo";
            /** @enum {null|string} */
            from_state: "trialing" | "active" | "past_due" | "canceled" | "expired" | null;
            id: number;
            note: string;
            /** Format: date-time */
            period_end: string;
            plan_id: number;
            provider_event_id: string | null;
            /** @enum {string} */
            to_state: "trialing" | "active" | "past_due" | "canceled" | "expired";
        };
        /** LibraryItem */
        LibraryItem: {
            /** Format: date-time */
            added_at: string;
            episode?: components["schemas"]["EpisodeRef"] | null;
            kind: components["schemas"]["ItemKind"];
            title: components["schemas"]["TitleSummary"];
        };
        /** Link */
        Link: {
            id: number;
            /** @enum {string} */
            kind: "title" | "channel";
            name?: string | null;
        };
        /** PlaybackSource */
        livetv_schemas_PlaybackSource: {
            backup_url?: string | null;
            kind: string;
            quality: components["schemas"]["StreamQuality"];
            url: string;
        };
        /** SourceOut */
        livetv_schemas_SourceOut: {
            backup_url: string | null;
            quality: components["schemas"]["StreamQuality"];
            url: string;
        };
        /** LoginIn */
        LoginIn: {
            email: string;
            password: string;
        };
        /**
         * LogoKind
         * @description Which logo: square (logo_url) or wide.
         * @enum {string}
         */
        LogoKind: "square" | "wide";
        /** LogoOut */
        LogoOut: {
            channel_id: number;
            image: components["schemas"]["Image"];
            kind: components["schemas"]["LogoKind"];
        };
        /**
         * Maturity
         * @description Age ratings from least to most restricted; each is stored as its minimum viewer age.
         * @default all
         * @enum {string}
         */
        Maturity: "all" | "7+" | "13+" | "16+" | "18+";
        /** PlaybackSource */
        media_schemas_PlaybackSource: {
            /** @default false */
            encrypted: boolean;
            /** @enum {string} */
            kind: "hls" | "dash" | "mp4" | "youtube" | "external";
            max_height?: number | null;
            /** @default auto */
            quality: string;
            url: string;
        };
        /**
         * MediaJobState
         * @enum {string}
         */
        MediaJobState: "queued" | "running" | "done" | "failed" | "cancelled";
        /** MediaJobView */
        MediaJobView: {
            asset_key: string | null;
            attempts: number;
            /** Format: date-time */
            created_at: string;
            episode_id: number | null;
            error: string | null;
            eta_s: number | null;
            finished_at: string | null;
            id: number;
            percent: number;
            started_at: string | null;
            /** @enum {string} */
            state: "queued" | "running" | "done" | "failed" | "cancelled";
            title_id: number;
            upload_id: number;
        };
        /** MultipartCreate */
        MultipartCreate: {
            filename: string;
            /** @default application/octet-stream */
            filetype: string;
            length: number;
        };
        /** MultipartStarted */
        MultipartStarted: {
            part_count: number;
            part_size: number;
            upload: components["schemas"]["UploadOut"];
        };
        /** MySubscription */
        MySubscription: {
            entitlements: components["schemas"]["Entitlements"];
            subscription: components["schemas"]["SubscriptionOut"] | null;
        };
        /** NotificationCreate */
        NotificationCreate: {
            /**
             * @default everyone
             * @enum {string}
             */
            audience: "everyone" | "kids" | "non_kids" | "watched" | "account";
            audience_account_id?: number | null;
            audience_title_id?: number | null;
            /** @default  */
            body: string;
            expires_at?: string | null;
            image_url?: string | null;
            link_channel_id?: number | null;
            link_title_id?: number | null;
            /** @default false */
            popup: boolean;
            /** @default false */
            push: boolean;
            send_at?: string | null;
            title: string;
        };
        /** Page[AdminAccount] */
        "Page_vuga.accounts.admin_routes.AdminAccount_": {
            items: components["schemas"]["AdminAccount"][];
            next_cursor?: string | null;
        };
        /** Page[DeviceOut] */
        "Page_vuga.accounts.schemas.DeviceOut_": {
            items: components["schemas"]["DeviceOut"][];
            next_cursor?: string | null;
        };
        /** Page[ProfileOut] */
        "Page_vuga.accounts.schemas.ProfileOut_": {
            items: components["schemas"]["ProfileOut"][];
            next_cursor?: string | null;
        };
        /** Page[AdminPlan] */
        "Page_vuga.billing.schemas.AdminPlan_": {
            items: components["schemas"]["AdminPlan"][];
            next_cursor?: string | null;
        };
        /** Page[AdminSubscription] */
        "Page_vuga.billing.schemas.AdminSubscription_": {
            items: components["schemas"]["AdminSubscription"][];
            next_cursor?: string | null;
        };
        /** Page[PlanOut] */
        "Page_vuga.billing.schemas.PlanOut_": {
            items: components["schemas"]["PlanOut"][];
            next_cursor?: string | null;
        };
        /** Page[PromoCodeOut] */
        "Page_vuga.billing.schemas.PromoCodeOut_": {
            items: components["schemas"]["PromoCodeOut"][];
            next_cursor?: string | null;
        };
        /** Page[RedemptionOut] */
        "Page_vuga.billing.schemas.RedemptionOut_": {
            items: components["schemas"]["RedemptionOut"][];
            next_cursor?: string | null;
        };
        /** Page[AdminTitleRow] */
        "Page_vuga.catalog.schemas.admin_lists.AdminTitleRow_": {
            items: components["schemas"]["AdminTitleRow"][];
            next_cursor?: string | null;
        };
        /** Page[EpisodeOut] */
        "Page_vuga.catalog.schemas.EpisodeOut_": {
            items: components["schemas"]["EpisodeOut"][];
            next_cursor?: string | null;
        };
        /** Page[GenreOut] */
        "Page_vuga.catalog.schemas.GenreOut_": {
            items: components["schemas"]["GenreOut"][];
            next_cursor?: string | null;
        };
        /** Page[LanguageOut] */
        "Page_vuga.catalog.schemas.LanguageOut_": {
            items: components["schemas"]["LanguageOut"][];
            next_cursor?: string | null;
        };
        /** Page[TitleSummary] */
        "Page_vuga.catalog.schemas.TitleSummary_": {
            items: components["schemas"]["TitleSummary"][];
            next_cursor?: string | null;
        };
        /** Page[AuditOut] */
        "Page_vuga.core.audit.AuditOut_": {
            items: components["schemas"]["AuditOut"][];
            next_cursor?: string | null;
        };
        /** Page[LibraryItem] */
        "Page_vuga.library.schemas.LibraryItem_": {
            items: components["schemas"]["LibraryItem"][];
            next_cursor?: string | null;
        };
        /** Page[AdminCategory] */
        "Page_vuga.livetv.schemas.AdminCategory_": {
            items: components["schemas"]["AdminCategory"][];
            next_cursor?: string | null;
        };
        /** Page[AdminChannel] */
        "Page_vuga.livetv.schemas.AdminChannel_": {
            items: components["schemas"]["AdminChannel"][];
            next_cursor?: string | null;
        };
        /** Page[CategoryWithChannels] */
        "Page_vuga.livetv.schemas.CategoryWithChannels_": {
            items: components["schemas"]["CategoryWithChannels"][];
            next_cursor?: string | null;
        };
        /** Page[ChannelSummary] */
        "Page_vuga.livetv.schemas.ChannelSummary_": {
            items: components["schemas"]["ChannelSummary"][];
            next_cursor?: string | null;
        };
        /** Page[MediaJobView] */
        "Page_vuga.media.schemas.MediaJobView_": {
            items: components["schemas"]["MediaJobView"][];
            next_cursor?: string | null;
        };
        /** Page[AdminNotification] */
        "Page_vuga.notifications.schemas.AdminNotification_": {
            items: components["schemas"]["AdminNotification"][];
            next_cursor?: string | null;
        };
        /** Page[ProfileNotification] */
        "Page_vuga.notifications.schemas.ProfileNotification_": {
            items: components["schemas"]["ProfileNotification"][];
            next_cursor?: string | null;
        };
        /** Page[HistoryEntry] */
        "Page_vuga.playback.schemas.HistoryEntry_": {
            items: components["schemas"]["HistoryEntry"][];
            next_cursor?: string | null;
        };
        /** Page[ProgressItem] */
        "Page_vuga.playback.schemas.ProgressItem_": {
            items: components["schemas"]["ProgressItem"][];
            next_cursor?: string | null;
        };
        /** Page[SuggestionOut] */
        "Page_vuga.search.schemas.SuggestionOut_": {
            items: components["schemas"]["SuggestionOut"][];
            next_cursor?: string | null;
        };
        /** PartUrl */
        PartUrl: {
            part_number: number;
            url: string;
        };
        /** PartUrls */
        PartUrls: {
            /** Format: date-time */
            expires_at: string;
            items: components["schemas"]["PartUrl"][];
        };
        /** PartUrlsRequest */
        PartUrlsRequest: {
            part_numbers: number[];
        };
        /** PasswordChangeIn */
        PasswordChangeIn: {
            current_password: string;
            new_password: string;
        };
        /** PasswordResetConfirmIn */
        PasswordResetConfirmIn: {
            new_password: string;
            /** @description The token from the mailed link. */
            token: string;
        };
        /** PasswordResetIn */
        PasswordResetIn: {
            email: string;
        };
        /** PersonalHome */
        PersonalHome: {
            because_you_watched: components["schemas"]["Rail"] | null;
            continue_watching: components["schemas"]["ProgressItem"][];
            featured: components["schemas"]["TitleSummary"][];
            my_list: components["schemas"]["LibraryItem"][];
            rails: components["schemas"]["Rail"][];
        };
        /** PersonCreate */
        PersonCreate: {
            /** @default  */
            biography: string;
            birth_date?: string | null;
            name: string;
            photo_url?: string | null;
        };
        /** PersonCredit */
        PersonCredit: {
            character: string | null;
            role: components["schemas"]["CreditRole"];
            title: components["schemas"]["TitleSummary"];
        };
        /** PersonOut */
        PersonOut: {
            biography: string;
            birth_date: string | null;
            credits: components["schemas"]["PersonCredit"][];
            id: number;
            name: string;
            photo_url: string | null;
        };
        /** PersonRef */
        PersonRef: {
            id: number;
            name: string;
            photo_url: string | null;
        };
        /** PersonUpdate */
        PersonUpdate: {
            biography?: string;
            birth_date?: string | null;
            name?: string;
            photo_url?: string | null;
        };
        /** PinIn */
        PinIn: {
            password: string;
            /** @description 4 to 6 digits. */
            pin: string;
        };
        /** PinRemoveIn */
        PinRemoveIn: {
            password: string;
        };
        /** PlanCreate */
        PlanCreate: {
            /** @description Lower case, digits, dashes. */
            code: string;
            /** @description ISO 4217, upper case: USD, EUR, JPY. */
            currency: string;
            /** @default  */
            description: string;
            /** @default false */
            has_ads: boolean;
            /** @default true */
            is_active: boolean;
            /**
             * @description Tallest rendition played, in pixels; 0: any.
             * @default 0
             */
            max_height: number;
            name: string;
            /** @enum {string} */
            period: "month" | "year";
            /** @default 0 */
            position: number;
            /** @description In the currency's minor unit: 999 is USD 9.99, JPY 999. */
            price_minor: number;
            stream_limit: number;
            stripe_price_id?: string | null;
            /** @default 0 */
            trial_days: number;
        };
        /** PlanOut */
        PlanOut: {
            code: string;
            currency: string;
            description: string;
            has_ads: boolean;
            id: number;
            max_height: number;
            name: string;
            period: string;
            price_minor: number;
            stream_limit: number;
            trial_days: number;
        };
        /** PlanUpdate */
        PlanUpdate: {
            /** @description ISO 4217, upper case: USD, EUR, JPY. */
            currency?: string;
            description?: string;
            has_ads?: boolean;
            is_active?: boolean;
            /** @description Tallest rendition played, in pixels; 0: any. */
            max_height?: number;
            name?: string;
            period?: "month" | "year";
            position?: number;
            /** @description In the currency's minor unit: 999 is USD 9.99, JPY 999. */
            price_minor?: number;
            stream_limit?: number;
            stripe_price_id?: string | null;
            trial_days?: number;
        };
        /** PlaybackAnswer */
        PlaybackAnswer: {
            duration_s: number | null;
            episode_id: number | null;
            expires_at: string | null;
            next_episode_id?: number | null;
            playback_session_id: number;
            poster: string | null;
            resume_position_s: number;
            sources: components["schemas"]["media_schemas_PlaybackSource"][];
            subtitles: components["schemas"]["PlaybackTrack"][];
            thumbnails: string | null;
            title_id: number;
        };
        /** PlaybackSession */
        PlaybackSession: {
            id: number;
            lease_ttl_s: number;
            profile_id: number;
        };
        /** PlaybackTrack */
        PlaybackTrack: {
            /** @default vtt */
            format: string;
            label?: string | null;
            language: string;
            url: string;
        };
        /** PlayerError */
        PlayerError: {
            /** @default  */
            code: string;
            /** @default false */
            fatal: boolean;
            kind: components["schemas"]["PlayerErrorKind"];
        };
        /**
         * PlayerErrorKind
         * @enum {string}
         */
        PlayerErrorKind: "network" | "media" | "key" | "other";
        /** PortalOut */
        PortalOut: {
            url: string;
        };
        /** Problem */
        Problem: {
            /** @default  */
            detail: string;
            errors?: components["schemas"]["FieldProblem"][];
            status: number;
            title: string;
            type: string;
        };
        /** ProfileCreate */
        ProfileCreate: {
            /**
             * @description One of default-1 ... default-8.
             * @default default-1
             */
            avatar: string;
            /** @default false */
            is_kids: boolean;
            max_maturity?: components["schemas"]["Maturity"] | null;
            name: string;
        };
        /** ProfileNotification */
        ProfileNotification: {
            body: string;
            id: number;
            image_url: string | null;
            link: components["schemas"]["Link"] | null;
            popup: boolean;
            /** Format: date-time */
            sent_at: string;
            shown: boolean;
            title: string;
        };
        /** ProfileOut */
        ProfileOut: {
            avatar: components["schemas"]["Image"];
            avatar_url: string;
            id: number;
            is_kids: boolean;
            /** @default false */
            locked: boolean;
            max_maturity: components["schemas"]["Maturity"];
            name: string;
        };
        /** ProfileToken */
        ProfileToken: {
            access_token: string;
            expires_in: number;
            profile_id: number;
            /** @default bearer */
            token_type: string;
        };
        /** ProfileUpdate */
        ProfileUpdate: {
            /** @description One of default-1 ... default-8. */
            avatar?: string;
            is_kids?: boolean;
            max_maturity?: components["schemas"]["Maturity"];
            name?: string;
            password?: string;
            /** @description 4 to 6 digits. */
            pin?: string;
        };
        /** ProgrammeCreate */
        ProgrammeCreate: {
            category?: string | null;
            channel_id: number;
            description?: string | null;
            /** Format: date-time */
            ends_at: string;
            episode?: string | null;
            image_url?: string | null;
            rating?: string | null;
            /** Format: date-time */
            starts_at: string;
            subtitle?: string | null;
            title: string;
        };
        /** ProgrammeOut */
        ProgrammeOut: {
            category?: string | null;
            description?: string | null;
            /** Format: date-time */
            ends_at: string;
            episode?: string | null;
            id: number;
            image_url?: string | null;
            rating?: string | null;
            /** Format: date-time */
            starts_at: string;
            subtitle?: string | null;
            title: string;
        };
        /** ProgrammeUpdate */
        ProgrammeUpdate: {
            category?: string | null;
            description?: string | null;
            ends_at?: string;
            episode?: string | null;
            image_url?: string | null;
            rating?: string | null;
            starts_at?: string;
            subtitle?: string | null;
            title?: string;
        };
        /** ProgressItem */
        ProgressItem: {
            duration_s: number | null;
            episode: components["schemas"]["EpisodeRef"] | null;
            position_s: number;
            progress: number;
            title: components["schemas"]["TitleSummary"];
            /** Format: date-time */
            updated_at: string;
        };
        /** PromoCodeCreate */
        PromoCodeCreate: {
            amount_off_minor?: number | null;
            /** @description Letters, digits, dashes; case does not matter. */
            code: string;
            /** @description ISO 4217, upper case: USD, EUR, JPY. */
            currency?: string | null;
            expires_at?: string | null;
            free_days?: number | null;
            /** @enum {string} */
            kind: "percent" | "amount" | "free_days";
            max_uses?: number | null;
            /** @default 1 */
            per_account_limit: number;
            percent_off?: number | null;
            plan_ids?: number[];
        };
        /** PromoCodeOut */
        PromoCodeOut: {
            amount_off_minor: number | null;
            code: string;
            /** Format: date-time */
            created_at: string;
            currency: string | null;
            expires_at: string | null;
            free_days: number | null;
            id: number;
            is_active: boolean;
            /** @enum {string} */
            kind: "percent" | "amount" | "free_days";
            max_uses: number | null;
            per_account_limit: number;
            percent_off: number | null;
            plan_ids: number[];
            uses: number;
        };
        /** PromoCodeUpdate */
        PromoCodeUpdate: {
            expires_at?: string | null;
            is_active?: boolean;
        };
        /** PushSubscriptionIn */
        PushSubscriptionIn: {
            endpoint?: string | null;
            expirationTime?: number | null;
            keys?: components["schemas"]["WebPushKeys"] | null;
            /** @enum {string} */
            provider: "webpush" | "fcm";
            token?: string | null;
        };
        /** PushSubscriptionOut */
        PushSubscriptionOut: {
            /** Format: date-time */
            created_at: string;
            provider: string;
        };
        /** QoeBeacon */
        QoeBeacon: {
            /** @default 0 */
            bitrate_switches: number;
            episode_id?: number | null;
            errors?: components["schemas"]["PlayerError"][];
            height?: number | null;
            /** @default 0 */
            rebuffer_s: number;
            /** @default 0 */
            rebuffers: number;
            session_id: string;
            startup_ms?: number | null;
            title_id: number;
            /** @default 0 */
            watched_s: number;
        };
        /** QoeReport */
        QoeReport: {
            beacons: components["schemas"]["QoeBeacon"][];
        };
        /** QueuedJob */
        QueuedJob: {
            job_id: string;
            request_id: string | null;
            task: string;
        };
        /** Rail */
        Rail: {
            because_of?: components["schemas"]["TitleSummary"] | null;
            genre?: components["schemas"]["GenreOut"] | null;
            id: string;
            items: components["schemas"]["TitleSummary"][];
            kind: components["schemas"]["RailKind"];
            name: string;
        };
        /**
         * RailKind
         * @enum {string}
         */
        RailKind: "top10" | "new_releases" | "genre" | "because_you_watched";
        /** RatingIn */
        RatingIn: {
            /** @description 1 (worst) to 10 (best). */
            score: number;
        };
        /** RatingOut */
        RatingOut: {
            rating_avg: number;
            rating_count: number;
            score: number | null;
            title_id: number;
        };
        /** Redeemed */
        Redeemed: {
            code: string;
            free_days: number;
            subscription: components["schemas"]["SubscriptionOut"];
        };
        /** RedemptionOut */
        RedemptionOut: {
            account_id: number;
            /** Format: date-time */
            at: string;
            id: number;
            plan_id: number | null;
        };
        /** RefreshIn */
        RefreshIn: {
            refresh_token: string;
        };
        /** RegisterIn */
        RegisterIn: {
            /** @default  */
            display_name: string;
            email: string;
            password: string;
        };
        /** Resume */
        Resume: {
            completed: boolean;
            duration_s: number | null;
            episode_id: number | null;
            position_s: number;
            title_id: number;
        };
        /** RevokeIn */
        RevokeIn: {
            /** @default  */
            note: string;
        };
        /**
         * Role
         * @enum {string}
         */
        Role: "viewer" | "editor" | "admin";
        /** SeasonCreate */
        SeasonCreate: {
            /** @default  */
            name: string;
            number: number;
            poster_url?: string | null;
            release_year?: number | null;
            /** @default  */
            synopsis: string;
            title_id: number;
        };
        /** SeasonOut */
        SeasonOut: {
            episode_count: number;
            id: number;
            name: string;
            number: number;
            poster_url: string | null;
            release_year: number | null;
            synopsis: string;
        };
        /** SeasonUpdate */
        SeasonUpdate: {
            name?: string;
            number?: number;
            poster_url?: string | null;
            release_year?: number | null;
            synopsis?: string;
        };
        /** SignedOut */
        SignedOut: {
            sessions_ended: number;
        };
        /** SourceCreate */
        SourceCreate: {
            access?: components["schemas"]["Access"];
            episode_id?: number | null;
            /** @default false */
            is_downloadable: boolean;
            kind: components["schemas"]["SourceKind"];
            quality?: components["schemas"]["SourceQuality"];
            size_bytes?: number | null;
            title_id?: number | null;
            url: string;
        };
        /** SourceIn */
        SourceIn: {
            backup_url?: string | null;
            quality?: components["schemas"]["StreamQuality"];
            url: string;
        };
        /**
         * SourceKind
         * @enum {string}
         */
        SourceKind: "hls" | "dash" | "mp4" | "youtube" | "external";
        /**
         * SourceQuality
         * @default auto
         * @enum {string}
         */
        SourceQuality: "auto" | "480p" | "720p" | "1080p" | "2160p";
        /** SourceUpdate */
        SourceUpdate: {
            access?: components["schemas"]["Access"];
            is_downloadable?: boolean;
            kind?: components["schemas"]["SourceKind"];
            quality?: components["schemas"]["SourceQuality"];
            size_bytes?: number | null;
            url?: string;
        };
        /**
         * StreamQuality
         * @default hd
         * @enum {string}
         */
        StreamQuality: "sd" | "hd" | "fhd" | "uhd";
        /** SubscriptionOut */
        SubscriptionOut: {
            /** Format: date-time */
            current_period_end: string;
            /** Format: date-time */
            current_period_start: string;
            id: number;
            plan: components["schemas"]["PlanOut"];
            /** @enum {string} */
            provider: "manual" | "stripe";
            /** @enum {string} */
            state: "trialing" | "active" | "past_due" | "canceled" | "expired";
        };
        /** SubtitleCreate */
        SubtitleCreate: {
            episode_id?: number | null;
            format: components["schemas"]["SubtitleFormat"];
            /** @default  */
            label: string;
            language_code: string;
            title_id?: number | null;
            url: string;
        };
        /**
         * SubtitleFormat
         * @enum {string}
         */
        SubtitleFormat: "vtt" | "srt";
        /** SubtitleOut */
        SubtitleOut: {
            format: components["schemas"]["SubtitleFormat"];
            id: number;
            label: string;
            language_code: string;
            url: string;
        };
        /** SubtitleUpdate */
        SubtitleUpdate: {
            format?: components["schemas"]["SubtitleFormat"];
            label?: string;
            language_code?: string;
            url?: string;
        };
        /**
         * SuggestionKind
         * @enum {string}
         */
        SuggestionKind: "title" | "person";
        /** SuggestionOut */
        SuggestionOut: {
            id: number;
            kind: components["schemas"]["SuggestionKind"];
            name: string;
        };
        /** TitleCreate */
        TitleCreate: {
            backdrop_url?: string | null;
            duration_s?: number | null;
            genre_ids?: number[];
            /** @default false */
            is_featured: boolean;
            kind: components["schemas"]["TitleKind"];
            language?: string | null;
            logo_url?: string | null;
            maturity_rating?: components["schemas"]["Maturity"];
            original_title?: string | null;
            poster_url?: string | null;
            poster_wide_url?: string | null;
            release_year: number;
            /** @default  */
            synopsis: string;
            title: string;
        };
        /** TitleDetail */
        TitleDetail: {
            artwork: components["schemas"]["Artwork"];
            credits: components["schemas"]["CreditOut"][];
            duration_s: number | null;
            genres: components["schemas"]["GenreOut"][];
            id: number;
            is_featured: boolean;
            kind: components["schemas"]["TitleKind"];
            language: components["schemas"]["LanguageOut"] | null;
            maturity_rating: components["schemas"]["Maturity"];
            more_like_this: components["schemas"]["TitleSummary"][];
            original_title: string | null;
            published_at: string | null;
            rating_avg: number;
            rating_count: number;
            release_year: number;
            seasons: components["schemas"]["SeasonOut"][];
            sources: components["schemas"]["catalog_schemas_SourceOut"][];
            subtitles: components["schemas"]["SubtitleOut"][];
            synopsis: string;
            title: string;
            trailers: components["schemas"]["TrailerOut"][];
            view_count: number;
        };
        /**
         * TitleKind
         * @enum {string}
         */
        TitleKind: "movie" | "series";
        /**
         * TitleSort
         * @default popular
         * @enum {string}
         */
        TitleSort: "popular" | "newest" | "release_year" | "rating" | "title";
        /** TitleSummary */
        TitleSummary: {
            artwork: components["schemas"]["Artwork"];
            duration_s: number | null;
            genres: components["schemas"]["GenreOut"][];
            id: number;
            kind: components["schemas"]["TitleKind"];
            maturity_rating: components["schemas"]["Maturity"];
            rating_avg: number;
            rating_count: number;
            release_year: number;
            title: string;
        };
        /** TitleUpdate */
        TitleUpdate: {
            backdrop_url?: string | null;
            duration_s?: number | null;
            genre_ids?: number[];
            is_featured?: boolean;
            language?: string | null;
            logo_url?: string | null;
            maturity_rating?: components["schemas"]["Maturity"];
            original_title?: string | null;
            poster_url?: string | null;
            poster_wide_url?: string | null;
            release_year?: number;
            synopsis?: string;
            title?: string;
        };
        /** TokenPair */
        TokenPair: {
            access_token: string;
            expires_in: number;
            refresh_token: string;
            /** @default bearer */
            token_type: string;
        };
        /** Top10Item */
        Top10Item: {
            id: number;
            is_published: boolean;
            kind: components["schemas"]["TitleKind"];
            position: number;
            title: string;
        };
        /** Top10Update */
        Top10Update: {
            title_ids: number[];
        };
        /** TrailerCreate */
        TrailerCreate: {
            kind: components["schemas"]["TrailerKind"];
            /** @default  */
            name: string;
            /** @default 0 */
            position: number;
            title_id: number;
            url: string;
        };
        /**
         * TrailerKind
         * @enum {string}
         */
        TrailerKind: "youtube" | "hls" | "mp4";
        /** TrailerOut */
        TrailerOut: {
            id: number;
            kind: components["schemas"]["TrailerKind"];
            name: string;
            url: string;
        };
        /** UnlockIn */
        UnlockIn: {
            password?: string | null;
            /** @description 4 to 6 digits. */
            pin?: string | null;
        };
        /** UploadOut */
        UploadOut: {
            completed_at: string | null;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            expires_at: string;
            filename: string;
            filetype: string;
            id: number;
            length: number;
            mode: string;
            offset: number;
            state: string;
        };
        /** VerifyEmailIn */
        VerifyEmailIn: {
            /** @description The token from the mailed link. */
            token: string;
        };
        /** WebPushKey */
        WebPushKey: {
            public_key: string | null;
        };
        /** WebPushKeys */
        WebPushKeys: {
            auth: string;
            p256dh: string;
        };
        /** XmltvUpload */
        XmltvUpload: {
            /** Format: binary */
            file: string;
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
    ApiV1AdminAccountsListAccounts: {
        parameters: {
            query?: {
                /** @description The `next_cursor` of the previous page; omit for the first page. */
                cursor?: string | null;
                /** @description Items per page, 1-100. */
                limit?: number;
                /** @description Part of the email, matched literally, any case. */
                q?: string | null;
                /** @description Only accounts with this role. */
                role?: components["schemas"]["Role"] | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_vuga.accounts.admin_routes.AdminAccount_"];
                };
            };
            /** @description Malformed input: a cursor that is not one this list gave, or of other filters. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AdminAccountsAccountIdGetAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive integer id. */
                account_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminAccount"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such account. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AdminAccountsAccountIdChangeAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive integer id. */
                account_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AccountChange"];
            };
        };
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountChanged"];
                };
            };
            /** @description Malformed input: a body that is not JSON, nests too deeply or holds a NUL. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such account. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your own account: another administrator must change it. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this route accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AdminAccountsAccountIdSignOutSignOutAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive integer id. */
                account_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignedOut"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such account. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AdminAuditListAudit: {
        parameters: {
            query?: {
                /** @description The `next_cursor` of the previous page; omit for the first page. */
                cursor?: string | null;
                /** @description Items per page, 1-100. */
                limit?: number;
                /** @description Only the entries of one target, e.g. `account:42`. */
                target?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_vuga.core.audit.AuditOut_"];
                };
            };
            /** @description Malformed input: a cursor that is not one this list gave, or of other filters. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AdminCreditsCreateCredit: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreditCreate"];
            };
        };
        responses: {
            /** @description Document created, URL follows */
            201: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Created"];
                };
            };
            /** @description Malformed input: a body that is not JSON, nests too deeply or holds a NUL. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A row the body names (a title, a season, a person, a genre) does not exist. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description It would clash with an existing row (the message says which). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this route accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AdminCreditsCreditIdDeleteCredit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive integer id. */
                credit_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, nothing follows */
            204: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or one the caller may not see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AdminCreditsCreditIdUpdateCredit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive integer id. */
                credit_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreditUpdate"];
            };
        };
        responses: {
            /** @description Request fulfilled, nothing follows */
            204: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed input: a body that is not JSON, nests too deeply or holds a NUL. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A row the body names (a title, a season, a person, a genre) does not exist. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description It would clash with an existing row (the message says which). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this route accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AdminEpisodesCreateEpisode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EpisodeCreate"];
            };
        };
        responses: {
            /** @description Document created, URL follows */
            201: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Created"];
                };
            };
            /** @description Malformed input: a body that is not JSON, nests too deeply or holds a NUL. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A row the body names (a title, a season, a person, a genre) does not exist. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description It would clash with an existing row (the message says which). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this route accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AdminEpisodesEpisodeIdDeleteEpisode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive integer id. */
                episode_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, nothing follows */
            204: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or one the caller may not see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AdminEpisodesEpisodeIdUpdateEpisode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive integer id. */
                episode_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EpisodeUpdate"];
            };
        };
        responses: {
            /** @description Request fulfilled, nothing follows */
            204: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed input: a body that is not JSON, nests too deeply or holds a NUL. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A row the body names (a title, a season, a person, a genre) does not exist. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description It would clash with an existing row (the message says which). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this route accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AdminEpisodesEpisodeIdAvailabilityAdminGetEpisodeAvailability: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive integer id. */
                episode_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AvailabilityOut"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or one the caller may not see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AdminEpisodesEpisodeIdAvailabilityAdminSetEpisodeAvailability: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive integer id. */
                episode_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AvailabilityIn"];
            };
        };
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AvailabilityOut"];
                };
            };
            /** @description Malformed input: a body that is not JSON, nests too deeply or holds a NUL. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such title or episode. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this route accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AdminEpisodesEpisodeIdAvailabilityAdminRemoveEpisodeAvailability: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive integer id. */
                episode_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, nothing follows */
            204: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or one the caller may not see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AdminEpisodesEpisodeIdMediaAttachToEpisode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive integer id. */
                episode_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AttachMedia"];
            };
        };
        responses: {
            /** @description Request accepted, processing continues off-line */
            202: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MediaJobView"];
                };
            };
            /** @description Malformed input: a body that is not JSON, nests too deeply or holds a NUL. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The title, the episode or the upload (of yours) does not exist. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The upload is unfinished or feeds another job already. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this route accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A series plays its episodes: attach media to an episode. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AdminGenresCreateGenre: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GenreCreate"];
            };
        };
        responses: {
            /** @description Document created, URL follows */
            201: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Created"];
                };
            };
            /** @description Malformed input: a body that is not JSON, nests too deeply or holds a NUL. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A row the body names (a title, a season, a person, a genre) does not exist. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description It would clash with an existing row (the message says which). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this route accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AdminGenresGenreIdDeleteGenre: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive integer id. */
                genre_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, nothing follows */
            204: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or one the caller may not see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AdminGenresGenreIdUpdateGenre: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive integer id. */
                genre_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GenreUpdate"];
            };
        };
        responses: {
            /** @description Request fulfilled, nothing follows */
            204: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed input: a body that is not JSON, nests too deeply or holds a NUL. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A row the body names (a title, a season, a person, a genre) does not exist. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description It would clash with an existing row (the message says which). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this route accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AdminJobsTaskRunRunJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The job's task name. */
                task: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request accepted, processing continues off-line */
            202: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueuedJob"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or one the caller may not see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AdminJobsDeadLettersListDeadLetters: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeadJobs"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AdminJobsDeadLettersLetterIdDropDeadLetter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                letter_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, nothing follows */
            204: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No dead job has this id (replayed or dropped already). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AdminJobsDeadLettersLetterIdReplayReplayDeadLetter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                letter_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request accepted, processing continues off-line */
            202: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueuedJob"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No dead job has this id (replayed or dropped already). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AdminLanguagesCreateLanguage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LanguageCreate"];
            };
        };
        responses: {
            /** @description Document created, URL follows */
            201: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Created"];
                };
            };
            /** @description Malformed input: a body that is not JSON, nests too deeply or holds a NUL. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A row the body names (a title, a season, a person, a genre) does not exist. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description It would clash with an existing row (the message says which). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this route accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AdminLanguagesLanguageIdDeleteLanguage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive integer id. */
                language_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, nothing follows */
            204: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or one the caller may not see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AdminLiveCategoriesListCategories: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_vuga.livetv.schemas.AdminCategory_"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AdminLiveCategoriesCreateCategory: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CategoryCreate"];
            };
        };
        responses: {
            /** @description Document created, URL follows */
            201: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminCategory"];
                };
            };
            /** @description Malformed input: a body that is not JSON, nests too deeply or holds a NUL. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A row the body names (a category, a channel) does not exist. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description It clashes with another row. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this route accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AdminLiveCategoriesCategoryIdDeleteCategory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive integer id. */
                category_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, nothing follows */
            204: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or one the caller may not see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AdminLiveCategoriesCategoryIdUpdateCategory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive integer id. */
                category_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CategoryUpdate"];
            };
        };
        responses: {
            /** @description Request fulfilled, nothing follows */
            204: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed input: a body that is not JSON, nests too deeply or holds a NUL. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A row the body names (a category, a channel) does not exist. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description It clashes with another row. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this route accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AdminLiveCategoriesCategoryIdChannelsOrderCategory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive integer id. */
                category_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CategoryOrder"];
            };
        };
        responses: {
            /** @description Request fulfilled, nothing follows */
            204: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed input: a body that is not JSON, nests too deeply or holds a NUL. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A row the body names (a category, a channel) does not exist. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description It clashes with another row. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this route accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AdminLiveChannelsListChannels: {
        parameters: {
            query?: {
                /** @description The `next_cursor` of the previous page; omit for the first page. */
                cursor?: string | null;
                /** @description Items per page, 1-100. */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_vuga.livetv.schemas.AdminChannel_"];
                };
            };
            /** @description Malformed input: a cursor that is not one this list gave, or of other filters. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AdminLiveChannelsCreateChannel: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChannelCreate"];
            };
        };
        responses: {
            /** @description Document created, URL follows */
            201: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminChannel"];
                };
            };
            /** @description Malformed input: a body that is not JSON, nests too deeply or holds a NUL. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A row the body names (a category, a channel) does not exist. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description It clashes with another row. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this route accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AdminLiveChannelsChannelIdGetChannel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive integer id. */
                channel_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminChannel"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or one the caller may not see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AdminLiveChannelsChannelIdDeleteChannel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive integer id. */
                channel_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, nothing follows */
            204: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or one the caller may not see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AdminLiveChannelsChannelIdUpdateChannel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive integer id. */
                channel_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChannelUpdate"];
            };
        };
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminChannel"];
                };
            };
            /** @description Malformed input: a body that is not JSON, nests too deeply or holds a NUL. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A row the body names (a category, a channel) does not exist. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description It clashes with another row. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this route accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AdminLiveChannelsChannelIdAudienceGetAudience: {
        parameters: {
            query?: {
                /** @description How many hours back, this one included. */
                hours?: number;
            };
            header?: never;
            path: {
                /** @description A positive integer id. */
                channel_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChannelAudience"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or one the caller may not see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AdminLiveChannelsChannelIdLogosKindUploadLogo: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive integer id. */
                channel_id: number;
                /** @description Which logo: square (logo_url) or wide. */
                kind: components["schemas"]["LogoKind"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "image/jpeg": string;
                "image/png": string;
                "image/webp": string;
            };
        };
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LogoOut"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such channel. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 20 MiB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not a JPEG, PNG or WebP image, too many pixels, too small, or corrupt. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AdminLiveChannelsChannelIdLogosKindRemoveLogo: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive integer id. */
                channel_id: number;
                /** @description Which logo: square (logo_url) or wide. */
                kind: components["schemas"]["LogoKind"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, nothing follows */
            204: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or one the caller may not see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AdminLiveEpgImportsImportFile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["XmltvUpload"];
            };
        };
        responses: {
            /** @description Document created, URL follows */
            201: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EpgImportOut"];
                };
            };
            /** @description The body is not a multipart form with a `file`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this route accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The document is refused (hostile, malformed or past a limit); nothing was imported. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AdminLiveEpgImportsImportIdGetImport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive integer id. */
                import_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EpgImportOut"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or one the caller may not see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AdminLiveEpgImportsUrlImportUrl: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EpgImportUrl"];
            };
        };
        responses: {
            /** @description Request accepted, processing continues off-line */
            202: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EpgImportOut"];
                };
            };
            /** @description Malformed input: a body that is not JSON, nests too deeply or holds a NUL. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this route accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL may not be fetched (not http(s), or a private address). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AdminLiveProgrammesCreateProgramme: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProgrammeCreate"];
            };
        };
        responses: {
            /** @description Document created, URL follows */
            201: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgrammeOut"];
                };
            };
            /** @description Malformed input: a body that is not JSON, nests too deeply or holds a NUL. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A row the body names (a category, a channel) does not exist. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description It clashes with another row. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this route accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AdminLiveProgrammesProgrammeIdDeleteProgramme: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive integer id. */
                programme_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, nothing follows */
            204: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or one the caller may not see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AdminLiveProgrammesProgrammeIdUpdateProgramme: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive integer id. */
                programme_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProgrammeUpdate"];
            };
        };
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgrammeOut"];
                };
            };
            /** @description Malformed input: a body that is not JSON, nests too deeply or holds a NUL. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A row the body names (a category, a channel) does not exist. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description It clashes with another row. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this route accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AdminMediaJobsListMediaJobs: {
        parameters: {
            query?: {
                /** @description The `next_cursor` of the previous page; omit for the first page. */
                cursor?: string | null;
                /** @description Items per page, 1-100. */
                limit?: number;
                /** @description Only the jobs in this state. */
                state?: components["schemas"]["MediaJobState"] | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_vuga.media.schemas.MediaJobView_"];
                };
            };
            /** @description Malformed input: a cursor that is not one this list gave, or of other filters. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AdminMediaJobsJobIdGetMediaJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive integer id. */
                job_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MediaJobView"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or one the caller may not see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AdminMediaJobsJobIdCancelCancelMediaJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive integer id. */
                job_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MediaJobView"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such media job. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The job has finished already. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AdminNotificationsListNotifications: {
        parameters: {
            query?: {
                /** @description The `next_cursor` of the previous page; omit for the first page. */
                cursor?: string | null;
                /** @description Items per page, 1-100. */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_vuga.notifications.schemas.AdminNotification_"];
                };
            };
            /** @description Malformed input: a cursor that is not one this list gave, or of other filters. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AdminNotificationsCreateNotification: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NotificationCreate"];
            };
        };
        responses: {
            /** @description Document created, URL follows */
            201: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminNotification"];
                };
            };
            /** @description Malformed input: a body that is not JSON, nests too deeply or holds a NUL. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this route accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A field is invalid, or names a title, channel or account that does not exist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AdminNotificationsNotificationIdGetNotification: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive integer id. */
                notification_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminNotification"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No notification has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AdminNotificationsNotificationIdDeleteNotification: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive integer id. */
                notification_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, nothing follows */
            204: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No notification has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AdminPeopleCreatePerson: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PersonCreate"];
            };
        };
        responses: {
            /** @description Document created, URL follows */
            201: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Created"];
                };
            };
            /** @description Malformed input: a body that is not JSON, nests too deeply or holds a NUL. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A row the body names (a title, a season, a person, a genre) does not exist. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description It would clash with an existing row (the message says which). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this route accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AdminPeoplePersonIdDeletePerson: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive integer id. */
                person_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, nothing follows */
            204: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or one the caller may not see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AdminPeoplePersonIdUpdatePerson: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive integer id. */
                person_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PersonUpdate"];
            };
        };
        responses: {
            /** @description Request fulfilled, nothing follows */
            204: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed input: a body that is not JSON, nests too deeply or holds a NUL. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A row the body names (a title, a season, a person, a genre) does not exist. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description It would clash with an existing row (the message says which). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this route accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AdminPlansAdminListPlans: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_vuga.billing.schemas.AdminPlan_"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AdminPlansAdminCreatePlan: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlanCreate"];
            };
        };
        responses: {
            /** @description Document created, URL follows */
            201: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminPlan"];
                };
            };
            /** @description Malformed input: a body that is not JSON, nests too deeply or holds a NUL. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The code or the Stripe price is taken. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this route accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AdminPlansPlanIdAdminGetPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive integer id. */
                plan_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminPlan"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or one the caller may not see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AdminPlansPlanIdAdminUpdatePlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive integer id. */
                plan_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlanUpdate"];
            };
        };
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminPlan"];
                };
            };
            /** @description Malformed input: a body that is not JSON, nests too deeply or holds a NUL. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or one the caller may not see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Stripe price is taken. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this route accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AdminPromoCodesAdminListPromoCodes: {
        parameters: {
            query?: {
                /** @description The `next_cursor` of the previous page; omit for the first page. */
                cursor?: string | null;
                /** @description Items per page, 1-100. */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_vuga.billing.schemas.PromoCodeOut_"];
                };
            };
            /** @description Malformed input: a cursor that is not one this list gave, or of other filters. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AdminPromoCodesAdminCreatePromoCode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PromoCodeCreate"];
            };
        };
        responses: {
            /** @description Document created, URL follows */
            201: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PromoCodeOut"];
                };
            };
            /** @description Malformed input: a body that is not JSON, nests too deeply or holds a NUL. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A plan it names does not exist. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The code exists already. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this route accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AdminPromoCodesPromoIdAdminGetPromoCode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive integer id. */
                promo_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PromoCodeOut"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or one the caller may not see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AdminPromoCodesPromoIdAdminUpdatePromoCode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive integer id. */
                promo_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PromoCodeUpdate"];
            };
        };
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PromoCodeOut"];
                };
            };
            /** @description Malformed input: a body that is not JSON, nests too deeply or holds a NUL. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or one the caller may not see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this route accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AdminPromoCodesPromoIdRedemptionsAdminListRedemptions: {
        parameters: {
            query?: {
                /** @description The `next_cursor` of the previous page; omit for the first page. */
                cursor?: string | null;
                /** @description Items per page, 1-100. */
                limit?: number;
            };
            header?: never;
            path: {
                /** @description A positive integer id. */
                promo_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_vuga.billing.schemas.RedemptionOut_"];
                };
            };
            /** @description Malformed input: a cursor that is not one this list gave, or of other filters. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or one the caller may not see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AdminSeasonsCreateSeason: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SeasonCreate"];
            };
        };
        responses: {
            /** @description Document created, URL follows */
            201: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Created"];
                };
            };
            /** @description Malformed input: a body that is not JSON, nests too deeply or holds a NUL. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A row the body names (a title, a season, a person, a genre) does not exist. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description It would clash with an existing row (the message says which). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this route accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AdminSeasonsSeasonIdDeleteSeason: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive integer id. */
                season_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, nothing follows */
            204: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or one the caller may not see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AdminSeasonsSeasonIdUpdateSeason: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive integer id. */
                season_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SeasonUpdate"];
            };
        };
        responses: {
            /** @description Request fulfilled, nothing follows */
            204: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed input: a body that is not JSON, nests too deeply or holds a NUL. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A row the body names (a title, a season, a person, a genre) does not exist. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description It would clash with an existing row (the message says which). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this route accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AdminSourcesCreateSource: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SourceCreate"];
            };
        };
        responses: {
            /** @description Document created, URL follows */
            201: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Created"];
                };
            };
            /** @description Malformed input: a body that is not JSON, nests too deeply or holds a NUL. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A row the body names (a title, a season, a person, a genre) does not exist. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description It would clash with an existing row (the message says which). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this route accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AdminSourcesSourceIdDeleteSource: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive integer id. */
                source_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, nothing follows */
            204: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or one the caller may not see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AdminSourcesSourceIdUpdateSource: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive integer id. */
                source_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SourceUpdate"];
            };
        };
        responses: {
            /** @description Request fulfilled, nothing follows */
            204: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed input: a body that is not JSON, nests too deeply or holds a NUL. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A row the body names (a title, a season, a person, a genre) does not exist. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description It would clash with an existing row (the message says which). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this route accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AdminSubscriptionsAdminListSubscriptions: {
        parameters: {
            query?: {
                account_id?: number | null;
                /** @description The `next_cursor` of the previous page; omit for the first page. */
                cursor?: string | null;
                /** @description Items per page, 1-100. */
                limit?: number;
                /** @description Only those in this state. */
                state?: "trialing" | "active" | "past_due" | "canceled" | "expired" | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_vuga.billing.schemas.AdminSubscription_"];
                };
            };
            /** @description Malformed input: a cursor that is not one this list gave, or of other filters. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AdminSubscriptionsSubscriptionIdAdminGetSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive integer id. */
                subscription_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminSubscriptionDetail"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or one the caller may not see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AdminSubscriptionsSubscriptionIdRevokeAdminRevoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive integer id. */
                subscription_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RevokeIn"];
            };
        };
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminSubscriptionDetail"];
                };
            };
            /** @description Malformed input: a body that is not JSON, nests too deeply or holds a NUL. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or one the caller may not see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The subscription is the provider's, or expired already. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this route accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AdminSubscriptionsGrantsAdminGrant: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GrantIn"];
            };
        };
        responses: {
            /** @description Document created, URL follows */
            201: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminSubscriptionDetail"];
                };
            };
            /** @description Malformed input: a body that is not JSON, nests too deeply or holds a NUL. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such account or plan. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The account pays through the payment provider, or its state does not allow it. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this route accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AdminSubtitlesCreateSubtitle: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubtitleCreate"];
            };
        };
        responses: {
            /** @description Document created, URL follows */
            201: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Created"];
                };
            };
            /** @description Malformed input: a body that is not JSON, nests too deeply or holds a NUL. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A row the body names (a title, a season, a person, a genre) does not exist. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description It would clash with an existing row (the message says which). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this route accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AdminSubtitlesSubtitleIdDeleteSubtitle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive integer id. */
                subtitle_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, nothing follows */
            204: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or one the caller may not see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AdminSubtitlesSubtitleIdUpdateSubtitle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive integer id. */
                subtitle_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubtitleUpdate"];
            };
        };
        responses: {
            /** @description Request fulfilled, nothing follows */
            204: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed input: a body that is not JSON, nests too deeply or holds a NUL. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A row the body names (a title, a season, a person, a genre) does not exist. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description It would clash with an existing row (the message says which). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this route accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AdminTitlesListTitles: {
        parameters: {
            query?: {
                /** @description The `next_cursor` of the previous page; omit for the first page. */
                cursor?: string | null;
                /** @description A genre's id. */
                genre?: number | null;
                kind?: components["schemas"]["TitleKind"] | null;
                /** @description Items per page, 1-100. */
                limit?: number;
                /** @description `true`: published titles only; `false`: unpublished only. */
                published?: boolean | null;
                /** @description Titles whose name contains this text (case-insensitive), at most 100 characters. */
                q?: string | null;
                /** @description The orders of the admin's titles table; each has an index over every title (published or not). */
                sort?: components["schemas"]["AdminTitleSort"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_vuga.catalog.schemas.admin_lists.AdminTitleRow_"];
                };
            };
            /** @description Malformed input: a cursor that is not one this list gave, or of other filters. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AdminTitlesCreateTitle: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TitleCreate"];
            };
        };
        responses: {
            /** @description Document created, URL follows */
            201: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminTitle"];
                };
            };
            /** @description Malformed input: a body that is not JSON, nests too deeply or holds a NUL. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A row the body names (a title, a season, a person, a genre) does not exist. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description It would clash with an existing row (the message says which). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this route accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AdminTitlesTitleIdGetTitle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive integer id. */
                title_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminTitle"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or one the caller may not see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AdminTitlesTitleIdDeleteTitle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive integer id. */
                title_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, nothing follows */
            204: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or one the caller may not see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AdminTitlesTitleIdUpdateTitle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive integer id. */
                title_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TitleUpdate"];
            };
        };
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminTitle"];
                };
            };
            /** @description Malformed input: a body that is not JSON, nests too deeply or holds a NUL. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A row the body names (a title, a season, a person, a genre) does not exist. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description It would clash with an existing row (the message says which). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this route accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AdminTitlesTitleIdArtworkKindUploadArtwork: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Which image: poster, poster_wide, backdrop or logo. */
                kind: components["schemas"]["ArtworkKind"];
                /** @description A positive integer id. */
                title_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "image/jpeg": string;
                "image/png": string;
                "image/webp": string;
            };
        };
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArtworkOut"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such title (or upload of yours). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 20 MiB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not a JPEG, PNG or WebP image, too many pixels, too small, or corrupt (the message says which). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AdminTitlesTitleIdArtworkKindRemoveArtwork: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Which image: poster, poster_wide, backdrop or logo. */
                kind: components["schemas"]["ArtworkKind"];
                /** @description A positive integer id. */
                title_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, nothing follows */
            204: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such title. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AdminTitlesTitleIdArtworkKindFromUploadArtworkFromUpload: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Which image: poster, poster_wide, backdrop or logo. */
                kind: components["schemas"]["ArtworkKind"];
                /** @description A positive integer id. */
                title_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ArtworkFromUpload"];
            };
        };
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArtworkOut"];
                };
            };
            /** @description Malformed input: a body that is not JSON, nests too deeply or holds a NUL. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such title (or upload of yours). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The upload is unfinished or used. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 20 MiB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not a JPEG, PNG or WebP image, too many pixels, too small, or corrupt (the message says which). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AdminTitlesTitleIdAvailabilityAdminGetTitleAvailability: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive integer id. */
                title_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AvailabilityOut"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or one the caller may not see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AdminTitlesTitleIdAvailabilityAdminSetTitleAvailability: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive integer id. */
                title_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AvailabilityIn"];
            };
        };
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AvailabilityOut"];
                };
            };
            /** @description Malformed input: a body that is not JSON, nests too deeply or holds a NUL. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such title or episode. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this route accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AdminTitlesTitleIdAvailabilityAdminRemoveTitleAvailability: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive integer id. */
                title_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, nothing follows */
            204: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or one the caller may not see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AdminTitlesTitleIdMediaAttachToTitle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive integer id. */
                title_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AttachMedia"];
            };
        };
        responses: {
            /** @description Request accepted, processing continues off-line */
            202: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MediaJobView"];
                };
            };
            /** @description Malformed input: a body that is not JSON, nests too deeply or holds a NUL. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The title, the episode or the upload (of yours) does not exist. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The upload is unfinished or feeds another job already. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this route accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A series plays its episodes: attach media to an episode. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AdminTitlesTitleIdPublishPublishTitle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive integer id. */
                title_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminTitle"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or one the caller may not see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AdminTitlesTitleIdSeasonsListSeasons: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive integer id. */
                title_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminSeasons"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or one the caller may not see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AdminTitlesTitleIdUnpublishUnpublishTitle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive integer id. */
                title_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminTitle"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or one the caller may not see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AdminTop10GetTop10: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminTop10"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AdminTop10SetTop10: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Top10Update"];
            };
        };
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Top10Update"];
                };
            };
            /** @description Malformed input: a body that is not JSON, nests too deeply or holds a NUL. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A row the body names (a title, a season, a person, a genre) does not exist. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this route accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AdminTrailersCreateTrailer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TrailerCreate"];
            };
        };
        responses: {
            /** @description Document created, URL follows */
            201: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Created"];
                };
            };
            /** @description Malformed input: a body that is not JSON, nests too deeply or holds a NUL. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A row the body names (a title, a season, a person, a genre) does not exist. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description It would clash with an existing row (the message says which). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this route accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AdminTrailersTrailerIdDeleteTrailer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive integer id. */
                trailer_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, nothing follows */
            204: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or one the caller may not see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AdminUploadsCreateUpload: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Document created, URL follows */
            201: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": null;
                };
            };
            /** @description A tus header is missing or malformed (Upload-Length, Upload-Offset, Upload-Metadata, ...). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such upload of yours. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Upload-Offset is not the upload's offset (HEAD it, then resume), or the upload is complete. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Tus-Resumable is missing or not 1.0.0. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Past the size limit, your quota, or the length the upload declared. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A PATCH body must be application/offset+octet-stream. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Another request is writing to this upload; retry in a moment. */
            423: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The bytes do not match Upload-Checksum; none were kept. */
            460: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AdminUploadsTusDiscovery: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, nothing follows */
            204: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": null;
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AdminUploadsUploadIdGetUpload: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive integer id. */
                upload_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UploadOut"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such upload of yours. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AdminUploadsUploadIdTerminateUpload: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive integer id. */
                upload_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, nothing follows */
            204: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": null;
                };
            };
            /** @description A tus header is missing or malformed (Upload-Length, Upload-Offset, Upload-Metadata, ...). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such upload of yours. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Upload-Offset is not the upload's offset (HEAD it, then resume), or the upload is complete. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Tus-Resumable is missing or not 1.0.0. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Past the size limit, your quota, or the length the upload declared. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A PATCH body must be application/offset+octet-stream. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Another request is writing to this upload; retry in a moment. */
            423: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The bytes do not match Upload-Checksum; none were kept. */
            460: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AdminUploadsUploadIdUploadOffset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive integer id. */
                upload_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": null;
                };
            };
            /** @description A tus header is missing or malformed (Upload-Length, Upload-Offset, Upload-Metadata, ...). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such upload of yours. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Upload-Offset is not the upload's offset (HEAD it, then resume), or the upload is complete. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Tus-Resumable is missing or not 1.0.0. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Past the size limit, your quota, or the length the upload declared. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A PATCH body must be application/offset+octet-stream. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Another request is writing to this upload; retry in a moment. */
            423: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The bytes do not match Upload-Checksum; none were kept. */
            460: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AdminUploadsUploadIdAppendToUpload: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive integer id. */
                upload_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, nothing follows */
            204: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": null;
                };
            };
            /** @description A tus header is missing or malformed (Upload-Length, Upload-Offset, Upload-Metadata, ...). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such upload of yours. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Upload-Offset is not the upload's offset (HEAD it, then resume), or the upload is complete. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Tus-Resumable is missing or not 1.0.0. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Past the size limit, your quota, or the length the upload declared. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A PATCH body must be application/offset+octet-stream. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Another request is writing to this upload; retry in a moment. */
            423: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The bytes do not match Upload-Checksum; none were kept. */
            460: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AdminUploadsUploadIdCompleteCompleteMultipart: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive integer id. */
                upload_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UploadOut"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such upload of yours, or no S3 backend. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A part is missing or has the wrong size. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AdminUploadsUploadIdPartUrlsPartUrls: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive integer id. */
                upload_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PartUrlsRequest"];
            };
        };
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartUrls"];
                };
            };
            /** @description Malformed input: a body that is not JSON, nests too deeply or holds a NUL. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such upload of yours, or no S3 backend. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not a direct upload, or complete. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this route accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AdminUploadsMultipartStartMultipart: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MultipartCreate"];
            };
        };
        responses: {
            /** @description Document created, URL follows */
            201: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MultipartStarted"];
                };
            };
            /** @description Malformed input: a body that is not JSON, nests too deeply or holds a NUL. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The storage backend is not S3. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Past the size limit or your quota. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AuthDeviceStartDeviceSignIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeviceAuthorizationIn"];
            };
        };
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeviceAuthorization"];
                };
            };
            /** @description Malformed input: a body that is not JSON, nests too deeply or holds a NUL. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this route accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AuthDeviceApproveApproveDevice: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApproveIn"];
            };
        };
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovedDevice"];
                };
            };
            /** @description Malformed input: a body that is not JSON, nests too deeply or holds a NUL. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No TV is waiting for this code (wrong, used or expired), or the profile is not yours. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this route accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AuthDeviceDenyDenyDevice: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DenyIn"];
            };
        };
        responses: {
            /** @description Request fulfilled, nothing follows */
            204: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed input: a body that is not JSON, nests too deeply or holds a NUL. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No TV is waiting for this code (wrong, used or expired), or the profile is not yours. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this route accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AuthDeviceTokenPollDeviceToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeviceTokenIn"];
            };
        };
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Not yet, or never: `error` is `authorization_pending` (poll again after `interval`), `slow_down` (polling too fast: `interval` grew by 5 s), `access_denied` (refused on the phone), `expired_token` or `invalid_grant` (unknown or used: start again). The body is RFC 8628's error response and an RFC 9457 problem at once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this route accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AuthLoginLogin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginIn"];
            };
        };
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPair"];
                };
            };
            /** @description Malformed input: a body that is not JSON, nests too deeply or holds a NUL. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The email or the password is wrong. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The right password, for an account that may not sign in yet (its address is not confirmed, where that is required) or any more (disabled by an operator). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this route accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AuthLogoutLogout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, nothing follows */
            204: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AuthLogoutAllLogoutAll: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, nothing follows */
            204: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AuthPasswordChangePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordChangeIn"];
            };
        };
        responses: {
            /** @description Request fulfilled, nothing follows */
            204: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed input: a body that is not JSON, nests too deeply or holds a NUL. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this route accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AuthPasswordResetAskPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordResetIn"];
            };
        };
        responses: {
            /** @description Request accepted, processing continues off-line */
            202: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Accepted"];
                };
            };
            /** @description Malformed input: a body that is not JSON, nests too deeply or holds a NUL. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this route accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The mail queue is unreachable; retry after `Retry-After` seconds. */
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
    ApiV1AuthPasswordResetConfirmConfirmPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordResetConfirmIn"];
            };
        };
        responses: {
            /** @description Request fulfilled, nothing follows */
            204: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed input: a body that is not JSON, nests too deeply or holds a NUL. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this route accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AuthRefreshRefresh: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshIn"];
            };
        };
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Malformed input: a body that is not JSON, nests too deeply or holds a NUL. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The refresh token is unknown, used or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this route accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AuthRegisterRegister: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterIn"];
            };
        };
        responses: {
            /** @description Document created, URL follows */
            201: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPair"] | components["schemas"]["Accepted"];
                };
            };
            /** @description Malformed input: a body that is not JSON, nests too deeply or holds a NUL. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An account with this email exists. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this route accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AuthVerifyEmailVerifyEmail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VerifyEmailIn"];
            };
        };
        responses: {
            /** @description Request fulfilled, nothing follows */
            204: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed input: a body that is not JSON, nests too deeply or holds a NUL. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this route accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1AuthVerifyEmailResendResendVerification: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request accepted, processing continues off-line */
            202: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Accepted"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The account's address is confirmed already. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The mail queue is unreachable; retry after `Retry-After` seconds. */
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
    ApiV1BillingWebhooksStripeStripeWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string;
                    };
                };
            };
            /** @description The `Stripe-Signature` does not verify, is too old, or the body is no event. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server's payment provider is manual: it takes no webhooks. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this route accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1GenresListGenres: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_vuga.catalog.schemas.GenreOut_"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1HomeSharedHome: {
        parameters: {
            query?: {
                /** @description Only titles rated at or below this (a kids' app). */
                max_maturity?: components["schemas"]["Maturity"] | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Home"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1LanguagesListLanguages: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_vuga.catalog.schemas.LanguageOut_"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1LiveCategoriesListCategories: {
        parameters: {
            query?: {
                /** @description Browse as this profile of the caller (needs a bearer token): what is above its maturity ceiling is left out of lists, and is 404 on its own page. */
                profile_id?: number | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_vuga.livetv.schemas.CategoryWithChannels_"];
                };
            };
            /** @description A `profile_id` was given without a valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The profile is locked by a PIN: unlock it (`POST /api/v1/profiles/{profile_id}/unlock`) and send the profile's token. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or one the caller may not see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1LiveChannelsListChannels: {
        parameters: {
            query?: {
                /** @description A category's slug or id (an unknown one is a 422). */
                category?: string | null;
                /** @description The `next_cursor` of the previous page; omit for the first page. */
                cursor?: string | null;
                /** @description Items per page, 1-100. */
                limit?: number;
                /** @description Browse as this profile of the caller (needs a bearer token): what is above its maturity ceiling is left out of lists, and is 404 on its own page. */
                profile_id?: number | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_vuga.livetv.schemas.ChannelSummary_"];
                };
            };
            /** @description Malformed input: a cursor that is not one this list gave, or of other filters. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A `profile_id` was given without a valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The profile is locked by a PIN: unlock it (`POST /api/v1/profiles/{profile_id}/unlock`) and send the profile's token. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or one the caller may not see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1LiveChannelsChannelIdGetChannel: {
        parameters: {
            query?: {
                /** @description Browse as this profile of the caller (needs a bearer token): what is above its maturity ceiling is left out of lists, and is 404 on its own page. */
                profile_id?: number | null;
            };
            header?: never;
            path: {
                /** @description A positive integer id. */
                channel_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChannelDetail"];
                };
            };
            /** @description A `profile_id` was given without a valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The profile is locked by a PIN: unlock it (`POST /api/v1/profiles/{profile_id}/unlock`) and send the profile's token. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or one the caller may not see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1LiveGuideGetGuide: {
        parameters: {
            query?: {
                /** @description A category's slug or id (an unknown one is a 422). */
                category?: string | null;
                /** @description Channel ids, comma-separated (at most 100); omit for every channel. */
                channels?: string | null;
                /** @description The `next_cursor` of the previous page; omit for the first page. */
                cursor?: string | null;
                /** @description ISO 8601 with a time zone (`2026-12-04T18:00:00Z`). */
                end?: string | null;
                /** @description Items per page, 1-100. */
                limit?: number;
                /** @description Browse as this profile of the caller (needs a bearer token): what is above its maturity ceiling is left out of lists, and is 404 on its own page. */
                profile_id?: number | null;
                /** @description ISO 8601 with a time zone (`2026-12-04T18:00:00Z`). */
                start?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Guide"];
                };
            };
            /** @description Malformed input: a cursor that is not one this list gave, or of other filters. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A `profile_id` was given without a valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The profile is locked by a PIN: unlock it (`POST /api/v1/profiles/{profile_id}/unlock`) and send the profile's token. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or one the caller may not see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1LiveSearchSearchChannels: {
        parameters: {
            query: {
                /** @description Channels to return, 1-50. */
                limit?: number;
                /** @description Browse as this profile of the caller (needs a bearer token): what is above its maturity ceiling is left out of lists, and is 404 on its own page. */
                profile_id?: number | null;
                /** @description A channel's name or number, at most 200 characters; `"a phrase"`, `this or that` and `-excluded` work as in the title search; misspellings are tolerated. */
                q: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_vuga.livetv.schemas.ChannelSummary_"];
                };
            };
            /** @description A `profile_id` was given without a valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The profile is locked by a PIN: unlock it (`POST /api/v1/profiles/{profile_id}/unlock`) and send the profile's token. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or one the caller may not see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1MeGetMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountOut"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1MeDeleteMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, nothing follows */
            204: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1MeUpdateMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AccountUpdate"];
            };
        };
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountOut"];
                };
            };
            /** @description Malformed input: a body that is not JSON, nests too deeply or holds a NUL. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this route accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1MeDevicesListDevices: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_vuga.accounts.schemas.DeviceOut_"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1MeDevicesDeviceIdSignOutDevice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive integer id. */
                device_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, nothing follows */
            204: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The account has no signed-in device with this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1MePromoCodesRedeemRedeemCode: {
        parameters: {
            query?: {
                /** @description The plan, when the code names several. */
                plan_id?: number | null;
            };
            header?: never;
            path: {
                /** @description The promo code. */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Redeemed"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such code, or no such plan. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The code is expired, used up, used by this account already, not good for the plan, a discount (send it with the checkout), or the subscription's state does not take free days. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The code is good for several plans: name one with `plan_id`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1MePushSubscriptionsGetPushSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PushSubscriptionOut"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description It has none. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1MePushSubscriptionsPutPushSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PushSubscriptionIn"];
            };
        };
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PushSubscriptionOut"];
                };
            };
            /** @description Malformed input: a body that is not JSON, nests too deeply or holds a NUL. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this route accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The subscription is incomplete, or mixes the providers' fields. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1MePushSubscriptionsDeletePushSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, nothing follows */
            204: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description It has none. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1MeSubscriptionMySubscription: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MySubscription"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1MeSubscriptionCancelCancelSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MySubscription"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The account has no subscription. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The subscription cannot be canceled from its state (expired, or canceled already). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The payment provider cannot be reached. */
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
    ApiV1MeSubscriptionCheckoutStartCheckout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CheckoutIn"];
            };
        };
        responses: {
            /** @description Document created, URL follows */
            201: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckoutOut"];
                };
            };
            /** @description Malformed input: a body that is not JSON, nests too deeply or holds a NUL. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such plan on sale, or no such promo code. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The account is subscribed already (use the portal), the plan is not sold online, the server takes no payments online (manual provider), or the promo code is expired, used up, used by this account already, not good for this plan, or a free-days code. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this route accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The payment provider cannot be reached; retry after `Retry-After` seconds. */
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
    ApiV1MeSubscriptionPortalOpenPortal: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Document created, URL follows */
            201: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortalOut"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The account has never checked out. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server takes no payments online (manual provider). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The payment provider cannot be reached. */
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
    ApiV1PeoplePersonIdGetPerson: {
        parameters: {
            query?: {
                /** @description Browse as this profile of the caller (needs a bearer token): what is above its maturity ceiling is left out of lists, and is 404 on its own page. */
                profile_id?: number | null;
            };
            header?: never;
            path: {
                /** @description A positive integer id. */
                person_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonOut"];
                };
            };
            /** @description A `profile_id` was given without a valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The profile is locked by a PIN: unlock it (`POST /api/v1/profiles/{profile_id}/unlock`) and send the profile's token. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or one the caller may not see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1PlansListPlans: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_vuga.billing.schemas.PlanOut_"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1ProfilesListProfiles: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_vuga.accounts.schemas.ProfileOut_"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1ProfilesCreateProfile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProfileCreate"];
            };
        };
        responses: {
            /** @description Document created, URL follows */
            201: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProfileOut"];
                };
            };
            /** @description Malformed input: a body that is not JSON, nests too deeply or holds a NUL. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The account has its maximum of profiles. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this route accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1ProfilesProfileIdGetProfile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive integer id. */
                profile_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProfileOut"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The profile is locked by a PIN: unlock it (`POST /api/v1/profiles/{profile_id}/unlock`) and send the profile's token. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or one the caller may not see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1ProfilesProfileIdDeleteProfile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive integer id. */
                profile_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, nothing follows */
            204: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The profile is locked by a PIN: unlock it (`POST /api/v1/profiles/{profile_id}/unlock`) and send the profile's token. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or one the caller may not see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description It is the account's last profile. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1ProfilesProfileIdUpdateProfile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive integer id. */
                profile_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProfileUpdate"];
            };
        };
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProfileOut"];
                };
            };
            /** @description Malformed input: a body that is not JSON, nests too deeply or holds a NUL. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The profile is locked (send its token, or `pin` or `password` in the body), or the change loosens a kids profile, which needs the account password (`password`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or one the caller may not see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this route accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1ProfilesProfileIdAvatarUploadAvatar: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive integer id. */
                profile_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["AvatarUpload"];
            };
        };
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProfileOut"];
                };
            };
            /** @description The body is not a multipart form (its parts cannot be read). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The profile is locked by a PIN: unlock it (`POST /api/v1/profiles/{profile_id}/unlock`) and send the profile's token. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or one the caller may not see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this route accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1ProfilesProfileIdChannelsChannelIdPlaybackChannelPlayback: {
        parameters: {
            query?: {
                /** @description The stream's lease, if the player holds one (kept, renewed); else a new one is taken. */
                playback_session_id?: number | null;
            };
            header?: never;
            path: {
                /** @description A positive integer id. */
                channel_id: number;
                /** @description A positive integer id. */
                profile_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChannelPlayback"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The account may not play it: the problem's `type` says why — `.../subscription-required`, `.../not-available-in-your-country`, `.../not-available-yet`, `.../no-longer-available`, `.../unavailable` (locked). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or one the caller may not see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The account plays on its maximum of devices already; `detail` names them. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The stream limits cannot be checked right now; retry after `Retry-After` seconds. */
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
    ApiV1ProfilesProfileIdContinueWatchingContinueWatching: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive integer id. */
                profile_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_vuga.playback.schemas.ProgressItem_"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The profile is locked by a PIN: unlock it (`POST /api/v1/profiles/{profile_id}/unlock`) and send the profile's token. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or one the caller may not see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1ProfilesProfileIdEpisodesEpisodeIdPlaybackEpisodePlayback: {
        parameters: {
            query?: {
                /** @description The stream's lease, if the player holds one (kept, renewed); else a new one is taken. */
                playback_session_id?: number | null;
            };
            header?: never;
            path: {
                /** @description A positive integer id. */
                episode_id: number;
                /** @description A positive integer id. */
                profile_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlaybackAnswer"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The account may not play it: the problem's `type` says why — `.../subscription-required`, `.../not-available-in-your-country`, `.../not-available-yet`, `.../no-longer-available`, `.../unavailable` (locked). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or one the caller may not see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The account plays on its maximum of devices already; `detail` names them. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The stream limits cannot be checked right now; retry after `Retry-After` seconds. */
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
    ApiV1ProfilesProfileIdFavoritesListShelf: {
        parameters: {
            query?: {
                /** @description The `next_cursor` of the previous page; omit for the first page. */
                cursor?: string | null;
                /** @description Items per page, 1-100. */
                limit?: number;
            };
            header?: never;
            path: {
                /** @description A positive integer id. */
                profile_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_vuga.library.schemas.LibraryItem_"];
                };
            };
            /** @description Malformed input: a cursor that is not one this list gave, or of other filters. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The profile is locked by a PIN: unlock it (`POST /api/v1/profiles/{profile_id}/unlock`) and send the profile's token. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or one the caller may not see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1ProfilesProfileIdFavoritesTitleIdAddTitle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive integer id. */
                profile_id: number;
                /** @description A positive integer id. */
                title_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, nothing follows */
            204: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The profile is locked by a PIN: unlock it (`POST /api/v1/profiles/{profile_id}/unlock`) and send the profile's token. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or one the caller may not see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1ProfilesProfileIdFavoritesTitleIdRemoveTitle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive integer id. */
                profile_id: number;
                /** @description A positive integer id. */
                title_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, nothing follows */
            204: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The profile is locked by a PIN: unlock it (`POST /api/v1/profiles/{profile_id}/unlock`) and send the profile's token. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or one the caller may not see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1ProfilesProfileIdFavoritesEpisodesEpisodeIdAddEpisode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive integer id. */
                episode_id: number;
                /** @description A positive integer id. */
                profile_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, nothing follows */
            204: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The profile is locked by a PIN: unlock it (`POST /api/v1/profiles/{profile_id}/unlock`) and send the profile's token. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or one the caller may not see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1ProfilesProfileIdFavoritesEpisodesEpisodeIdRemoveEpisode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive integer id. */
                episode_id: number;
                /** @description A positive integer id. */
                profile_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, nothing follows */
            204: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The profile is locked by a PIN: unlock it (`POST /api/v1/profiles/{profile_id}/unlock`) and send the profile's token. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or one the caller may not see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1ProfilesProfileIdHistoryHistory: {
        parameters: {
            query?: {
                /** @description The `next_cursor` of the previous page; omit for the first page. */
                cursor?: string | null;
                /** @description Items per page, 1-100. */
                limit?: number;
            };
            header?: never;
            path: {
                /** @description A positive integer id. */
                profile_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_vuga.playback.schemas.HistoryEntry_"];
                };
            };
            /** @description Malformed input: a cursor that is not one this list gave, or of other filters. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The profile is locked by a PIN: unlock it (`POST /api/v1/profiles/{profile_id}/unlock`) and send the profile's token. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or one the caller may not see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1ProfilesProfileIdHistoryClearHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive integer id. */
                profile_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, nothing follows */
            204: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The profile is locked by a PIN: unlock it (`POST /api/v1/profiles/{profile_id}/unlock`) and send the profile's token. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or one the caller may not see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1ProfilesProfileIdHistoryEntryIdDeleteHistoryEntry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive 64-bit id. */
                entry_id: number;
                /** @description A positive integer id. */
                profile_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, nothing follows */
            204: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The profile is locked by a PIN: unlock it (`POST /api/v1/profiles/{profile_id}/unlock`) and send the profile's token. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or one the caller may not see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1ProfilesProfileIdHomePersonalHome: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive integer id. */
                profile_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonalHome"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The profile is locked by a PIN: unlock it (`POST /api/v1/profiles/{profile_id}/unlock`) and send the profile's token. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or one the caller may not see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1ProfilesProfileIdNotificationsListNotifications: {
        parameters: {
            query?: {
                /** @description The `next_cursor` of the previous page; omit for the first page. */
                cursor?: string | null;
                /** @description Items per page, 1-100. */
                limit?: number;
            };
            header?: never;
            path: {
                /** @description A positive integer id. */
                profile_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_vuga.notifications.schemas.ProfileNotification_"];
                };
            };
            /** @description The cursor is malformed or of another list. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The profile is locked by a PIN: unlock it (`POST /api/v1/profiles/{profile_id}/unlock`) and send the profile's token. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The profile is not yours. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1ProfilesProfileIdNotificationsNotificationIdDismissedMarkDismissed: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive integer id. */
                notification_id: number;
                /** @description A positive integer id. */
                profile_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, nothing follows */
            204: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The profile is locked by a PIN: unlock it (`POST /api/v1/profiles/{profile_id}/unlock`) and send the profile's token. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The profile is not yours, or it has no such notification (another audience's, or expired). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1ProfilesProfileIdNotificationsNotificationIdShownMarkShown: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive integer id. */
                notification_id: number;
                /** @description A positive integer id. */
                profile_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, nothing follows */
            204: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The profile is locked by a PIN: unlock it (`POST /api/v1/profiles/{profile_id}/unlock`) and send the profile's token. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The profile is not yours, or it has no such notification (another audience's, or expired). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1ProfilesProfileIdPinSetPin: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive integer id. */
                profile_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PinIn"];
            };
        };
        responses: {
            /** @description Request fulfilled, nothing follows */
            204: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed input: a body that is not JSON, nests too deeply or holds a NUL. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The profile is locked by a PIN: unlock it (`POST /api/v1/profiles/{profile_id}/unlock`) and send the profile's token. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or one the caller may not see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this route accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1ProfilesProfileIdPinRemovePin: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive integer id. */
                profile_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PinRemoveIn"];
            };
        };
        responses: {
            /** @description Request fulfilled, nothing follows */
            204: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed input: a body that is not JSON, nests too deeply or holds a NUL. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The profile is locked by a PIN: unlock it (`POST /api/v1/profiles/{profile_id}/unlock`) and send the profile's token. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or one the caller may not see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this route accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1ProfilesProfileIdPlaybackSessionsStartPlaybackSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive integer id. */
                profile_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Document created, URL follows */
            201: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlaybackSession"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The profile is locked by a PIN: unlock it (`POST /api/v1/profiles/{profile_id}/unlock`) and send the profile's token. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or one the caller may not see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The account plays on its maximum of devices already; `detail` names them. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The stream limits cannot be checked right now; retry after `Retry-After` seconds. */
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
    ApiV1ProfilesProfileIdPlaybackSessionsSessionIdStopPlaybackSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive integer id. */
                profile_id: number;
                /** @description A positive 64-bit id. */
                session_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, nothing follows */
            204: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The profile is locked by a PIN: unlock it (`POST /api/v1/profiles/{profile_id}/unlock`) and send the profile's token. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The account holds no such playback session (stopped, or lapsed). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1ProfilesProfileIdProgressHeartbeat: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive integer id. */
                profile_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Heartbeat"];
            };
        };
        responses: {
            /** @description Request fulfilled, nothing follows */
            204: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed input: a body that is not JSON, nests too deeply or holds a NUL. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The profile is locked by a PIN: unlock it (`POST /api/v1/profiles/{profile_id}/unlock`) and send the profile's token. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or one the caller may not see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this route accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1ProfilesProfileIdQoeReportQuality: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive integer id. */
                profile_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["QoeReport"];
            };
        };
        responses: {
            /** @description Request fulfilled, nothing follows */
            204: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed input: a body that is not JSON, nests too deeply or holds a NUL. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The profile is locked by a PIN: unlock it (`POST /api/v1/profiles/{profile_id}/unlock`) and send the profile's token. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or one the caller may not see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this route accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1ProfilesProfileIdRatingsTitleIdGetRating: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive integer id. */
                profile_id: number;
                /** @description A positive integer id. */
                title_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RatingIn"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The profile is locked by a PIN: unlock it (`POST /api/v1/profiles/{profile_id}/unlock`) and send the profile's token. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or one the caller may not see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1ProfilesProfileIdRatingsTitleIdRateTitle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive integer id. */
                profile_id: number;
                /** @description A positive integer id. */
                title_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RatingIn"];
            };
        };
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RatingOut"];
                };
            };
            /** @description Malformed input: a body that is not JSON, nests too deeply or holds a NUL. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The profile is locked by a PIN: unlock it (`POST /api/v1/profiles/{profile_id}/unlock`) and send the profile's token. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or one the caller may not see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this route accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1ProfilesProfileIdRatingsTitleIdUnrateTitle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive integer id. */
                profile_id: number;
                /** @description A positive integer id. */
                title_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, nothing follows */
            204: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The profile is locked by a PIN: unlock it (`POST /api/v1/profiles/{profile_id}/unlock`) and send the profile's token. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or one the caller may not see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1ProfilesProfileIdTitlesTitleIdCompletedMarkCompleted: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive integer id. */
                profile_id: number;
                /** @description A positive integer id. */
                title_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, nothing follows */
            204: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The profile is locked by a PIN: unlock it (`POST /api/v1/profiles/{profile_id}/unlock`) and send the profile's token. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or one the caller may not see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1ProfilesProfileIdTitlesTitleIdCompletedMarkUnwatched: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive integer id. */
                profile_id: number;
                /** @description A positive integer id. */
                title_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, nothing follows */
            204: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The profile is locked by a PIN: unlock it (`POST /api/v1/profiles/{profile_id}/unlock`) and send the profile's token. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or one the caller may not see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1ProfilesProfileIdTitlesTitleIdPlaybackMoviePlayback: {
        parameters: {
            query?: {
                /** @description The stream's lease, if the player holds one (kept, renewed); else a new one is taken. */
                playback_session_id?: number | null;
            };
            header?: never;
            path: {
                /** @description A positive integer id. */
                profile_id: number;
                /** @description A positive integer id. */
                title_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlaybackAnswer"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The account may not play it: the problem's `type` says why — `.../subscription-required`, `.../not-available-in-your-country`, `.../not-available-yet`, `.../no-longer-available`, `.../unavailable` (locked). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or one the caller may not see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The account plays on its maximum of devices already; `detail` names them. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The stream limits cannot be checked right now; retry after `Retry-After` seconds. */
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
    ApiV1ProfilesProfileIdTitlesTitleIdResumeResume: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive integer id. */
                profile_id: number;
                /** @description A positive integer id. */
                title_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Resume"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The profile is locked by a PIN: unlock it (`POST /api/v1/profiles/{profile_id}/unlock`) and send the profile's token. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or one the caller may not see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1ProfilesProfileIdUnlockUnlock: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive integer id. */
                profile_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UnlockIn"];
            };
        };
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProfileToken"];
                };
            };
            /** @description Malformed input: a body that is not JSON, nests too deeply or holds a NUL. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The profile is locked by a PIN: unlock it (`POST /api/v1/profiles/{profile_id}/unlock`) and send the profile's token. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or one the caller may not see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The profile has no PIN: the account's token opens it. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this route accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1ProfilesProfileIdWatchlistListShelf: {
        parameters: {
            query?: {
                /** @description The `next_cursor` of the previous page; omit for the first page. */
                cursor?: string | null;
                /** @description Items per page, 1-100. */
                limit?: number;
            };
            header?: never;
            path: {
                /** @description A positive integer id. */
                profile_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_vuga.library.schemas.LibraryItem_"];
                };
            };
            /** @description Malformed input: a cursor that is not one this list gave, or of other filters. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The profile is locked by a PIN: unlock it (`POST /api/v1/profiles/{profile_id}/unlock`) and send the profile's token. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or one the caller may not see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1ProfilesProfileIdWatchlistTitleIdAddTitle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive integer id. */
                profile_id: number;
                /** @description A positive integer id. */
                title_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, nothing follows */
            204: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The profile is locked by a PIN: unlock it (`POST /api/v1/profiles/{profile_id}/unlock`) and send the profile's token. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or one the caller may not see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1ProfilesProfileIdWatchlistTitleIdRemoveTitle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive integer id. */
                profile_id: number;
                /** @description A positive integer id. */
                title_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, nothing follows */
            204: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The profile is locked by a PIN: unlock it (`POST /api/v1/profiles/{profile_id}/unlock`) and send the profile's token. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or one the caller may not see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1ProfilesProfileIdWatchlistEpisodesEpisodeIdAddEpisode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive integer id. */
                episode_id: number;
                /** @description A positive integer id. */
                profile_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, nothing follows */
            204: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The profile is locked by a PIN: unlock it (`POST /api/v1/profiles/{profile_id}/unlock`) and send the profile's token. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or one the caller may not see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1ProfilesProfileIdWatchlistEpisodesEpisodeIdRemoveEpisode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive integer id. */
                episode_id: number;
                /** @description A positive integer id. */
                profile_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, nothing follows */
            204: {
                headers: {
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid access token: missing, invalid, expired, or of a session that has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The profile is locked by a PIN: unlock it (`POST /api/v1/profiles/{profile_id}/unlock`) and send the profile's token. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or one the caller may not see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1PushWebPushKeyGetWebPushKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebPushKey"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1SearchSearchTitles: {
        parameters: {
            query: {
                /** @description The `next_cursor` of the previous page; omit for the first page. */
                cursor?: string | null;
                /** @description A genre id (`12`) or slug (`sci-fi`). */
                genre?: string | null;
                kind?: components["schemas"]["TitleKind"] | null;
                /** @description Original language code, e.g. `en`. */
                language?: string | null;
                /** @description Items per page, 1-100. */
                limit?: number;
                /** @description Only titles rated at or below this. */
                max_maturity?: components["schemas"]["Maturity"] | null;
                /** @description Search as this profile of the caller (needs a bearer token): titles above its maturity ceiling are left out. */
                profile_id?: number | null;
                /** @description What to look for, at most 200 characters (the first 10 words count). Words must all match; `"a phrase"`, `this or that` and `-excluded` work as in web search engines; every other character is plain text. */
                q: string;
                year_from?: number | null;
                year_to?: number | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_vuga.catalog.schemas.TitleSummary_"];
                };
            };
            /** @description Malformed input: a cursor that is not one this list gave, or of other filters. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A `profile_id` was given without a valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The profile is locked by a PIN: unlock it (`POST /api/v1/profiles/{profile_id}/unlock`) and send the profile's token. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or one the caller may not see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1SearchSuggestSuggest: {
        parameters: {
            query: {
                /** @description Only titles rated at or below this. */
                max_maturity?: components["schemas"]["Maturity"] | null;
                /** @description Search as this profile of the caller (needs a bearer token): titles above its maturity ceiling are left out. */
                profile_id?: number | null;
                /** @description What to look for, at most 200 characters (the first 10 words count). Words must all match; `"a phrase"`, `this or that` and `-excluded` work as in web search engines; every other character is plain text. */
                q: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_vuga.search.schemas.SuggestionOut_"];
                };
            };
            /** @description A `profile_id` was given without a valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The profile is locked by a PIN: unlock it (`POST /api/v1/profiles/{profile_id}/unlock`) and send the profile's token. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or one the caller may not see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1TitlesBrowseTitles: {
        parameters: {
            query?: {
                /** @description The `next_cursor` of the previous page; omit for the first page. */
                cursor?: string | null;
                /** @description A genre id (`12`) or slug (`sci-fi`). */
                genre?: string | null;
                kind?: components["schemas"]["TitleKind"] | null;
                /** @description Original language code, e.g. `en`. */
                language?: string | null;
                /** @description Items per page, 1-100. */
                limit?: number;
                /** @description Only titles rated at or below this. */
                max_maturity?: components["schemas"]["Maturity"] | null;
                /** @description Browse as this profile of the caller (needs a bearer token): what is above its maturity ceiling is left out of lists, and is 404 on its own page. */
                profile_id?: number | null;
                sort?: components["schemas"]["TitleSort"];
                year_from?: number | null;
                year_to?: number | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_vuga.catalog.schemas.TitleSummary_"];
                };
            };
            /** @description Malformed input: a cursor that is not one this list gave, or of other filters. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A `profile_id` was given without a valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The profile is locked by a PIN: unlock it (`POST /api/v1/profiles/{profile_id}/unlock`) and send the profile's token. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or one the caller may not see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1TitlesTitleIdGetTitle: {
        parameters: {
            query?: {
                /** @description Browse as this profile of the caller (needs a bearer token): what is above its maturity ceiling is left out of lists, and is 404 on its own page. */
                profile_id?: number | null;
            };
            header?: never;
            path: {
                /** @description A positive integer id. */
                title_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TitleDetail"];
                };
            };
            /** @description A `profile_id` was given without a valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The profile is locked by a PIN: unlock it (`POST /api/v1/profiles/{profile_id}/unlock`) and send the profile's token. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or one the caller may not see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1TitlesTitleIdDownloadsCountDownload: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive integer id. */
                title_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, nothing follows */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such resource, or one the caller may not see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1TitlesTitleIdSeasonsNumberEpisodesListEpisodes: {
        parameters: {
            query?: {
                /** @description The `next_cursor` of the previous page; omit for the first page. */
                cursor?: string | null;
                /** @description Items per page, 1-100. */
                limit?: number;
                /** @description Browse as this profile of the caller (needs a bearer token): what is above its maturity ceiling is left out of lists, and is 404 on its own page. */
                profile_id?: number | null;
            };
            header?: never;
            path: {
                number: number;
                /** @description A positive integer id. */
                title_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_vuga.catalog.schemas.EpisodeOut_"];
                };
            };
            /** @description Malformed input: a cursor that is not one this list gave, or of other filters. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A `profile_id` was given without a valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The profile is locked by a PIN: unlock it (`POST /api/v1/profiles/{profile_id}/unlock`) and send the profile's token. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or one the caller may not see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiV1TitlesTitleIdSharesCountShare: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive integer id. */
                title_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, nothing follows */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such resource, or one the caller may not see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `errors[]` names every invalid field and parameter, with what is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit; `Retry-After` says in how many seconds to retry. */
            429: {
                headers: {
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    HealthzHealthz: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
        };
    };
    ReadyzReadyz: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request fulfilled, document follows */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description Not ready: the checks say which part is unreachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
        };
    };
}
