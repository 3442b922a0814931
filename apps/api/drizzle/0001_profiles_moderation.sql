CREATE TABLE "audit_log" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_log_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"programme_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_id" uuid NOT NULL,
	"action" text NOT NULL,
	"subject_id" uuid,
	"reason" text,
	"details" jsonb,
	CONSTRAINT "audit_log_action" CHECK ("audit_log"."action" in ('profile.approve', 'profile.reject', 'user.suspend', 'user.reinstate', 'report.resolve', 'programme.update'))
);
--> statement-breakpoint
CREATE TABLE "match_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"mentee_id" uuid NOT NULL,
	"mentor_id" uuid NOT NULL,
	"status" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "match_requests_status" CHECK ("match_requests"."status" in ('open', 'accepted', 'declined', 'withdrawn', 'expired')),
	CONSTRAINT "match_requests_two_people" CHECK ("match_requests"."mentee_id" <> "match_requests"."mentor_id")
);
--> statement-breakpoint
CREATE TABLE "mentee_profiles" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"status" text NOT NULL,
	"rejection_reason" text,
	"submitted_at" timestamp with time zone NOT NULL,
	"reviewed_at" timestamp with time zone,
	"reviewed_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"goals" text[] NOT NULL,
	"desired_fields" text[] NOT NULL,
	"education_level" text NOT NULL,
	"education_field" text,
	"years_in_denmark" text NOT NULL,
	"danish_level" text NOT NULL,
	"other_languages" jsonb NOT NULL,
	"municipality" text NOT NULL,
	"region" text NOT NULL,
	"meeting_mode" text NOT NULL,
	"wish_woman" boolean NOT NULL,
	"wish_shared_language" boolean NOT NULL,
	"wish_migrant_background" boolean NOT NULL,
	"about" text,
	CONSTRAINT "mentee_profiles_status" CHECK ("mentee_profiles"."status" in ('pending', 'approved', 'rejected')),
	CONSTRAINT "mentee_profiles_rejected_has_reason" CHECK ("mentee_profiles"."status" <> 'rejected' or "mentee_profiles"."rejection_reason" is not null),
	CONSTRAINT "mentee_profiles_goals" CHECK (cardinality("mentee_profiles"."goals") >= 1 and "mentee_profiles"."goals" <@ array['job_search', 'specific_trade', 'education', 'danish_practice', 'network', 'work_culture', 'everyday_life', 'clarify_options']::text[]),
	CONSTRAINT "mentee_profiles_desired_fields" CHECK (cardinality("mentee_profiles"."desired_fields") <= 5 and "mentee_profiles"."desired_fields" <@ array['health_care', 'it', 'engineering', 'education_childcare', 'finance', 'retail', 'hospitality', 'cleaning_facility', 'transport', 'public_administration', 'law', 'research', 'culture', 'crafts', 'manufacturing', 'food_agriculture', 'social_work', 'management', 'sales_marketing', 'human_resources', 'communication', 'design_architecture', 'pharmacy_laboratory', 'energy_environment', 'entrepreneurship', 'interpreting', 'beauty_wellness']::text[]),
	CONSTRAINT "mentee_profiles_education" CHECK ("mentee_profiles"."education_level" in ('primary', 'upper_secondary', 'vocational', 'short_higher', 'bachelor', 'master', 'phd')),
	CONSTRAINT "mentee_profiles_years" CHECK ("mentee_profiles"."years_in_denmark" in ('under_1', '1_3', '4_9', '10_plus')),
	CONSTRAINT "mentee_profiles_danish" CHECK ("mentee_profiles"."danish_level" in ('A1', 'A2', 'B1', 'B2', 'C1', 'C2')),
	CONSTRAINT "mentee_profiles_languages" CHECK (jsonb_typeof("mentee_profiles"."other_languages") = 'array'),
	CONSTRAINT "mentee_profiles_municipality" CHECK ("mentee_profiles"."municipality" in ('albertslund', 'alleroed', 'ballerup', 'bornholm', 'broendby', 'dragoer', 'egedal', 'fredensborg', 'frederiksberg', 'frederikssund', 'furesoe', 'gentofte', 'gladsaxe', 'glostrup', 'gribskov', 'halsnaes', 'helsingoer', 'herlev', 'hilleroed', 'hvidovre', 'hoeje-taastrup', 'hoersholm', 'ishoej', 'koebenhavn', 'lyngby-taarbaek', 'rudersdal', 'roedovre', 'taarnby', 'vallensbaek', 'faxe', 'greve', 'guldborgsund', 'holbaek', 'kalundborg', 'koege', 'lejre', 'lolland', 'naestved', 'odsherred', 'ringsted', 'roskilde', 'slagelse', 'solroed', 'soroe', 'stevns', 'vordingborg', 'assens', 'billund', 'esbjerg', 'faaborg-midtfyn', 'fanoe', 'fredericia', 'haderslev', 'kerteminde', 'kolding', 'langeland', 'middelfart', 'nordfyn', 'nyborg', 'odense', 'svendborg', 'soenderborg', 'toender', 'varde', 'vejen', 'vejle', 'aeroe', 'aabenraa', 'aarhus', 'favrskov', 'hedensted', 'herning', 'holstebro', 'horsens', 'ikast-brande', 'lemvig', 'norddjurs', 'odder', 'randers', 'ringkoebing-skjern', 'samsoe', 'silkeborg', 'skanderborg', 'skive', 'struer', 'syddjurs', 'viborg', 'aalborg', 'broenderslev', 'frederikshavn', 'hjoerring', 'jammerbugt', 'laesoe', 'mariagerfjord', 'morsoe', 'rebild', 'thisted', 'vesthimmerland')),
	CONSTRAINT "mentee_profiles_region" CHECK ("mentee_profiles"."region" in ('hovedstaden', 'sjaelland', 'syddanmark', 'midtjylland', 'nordjylland')),
	CONSTRAINT "mentee_profiles_meeting_mode" CHECK ("mentee_profiles"."meeting_mode" in ('in_person', 'online', 'both')),
	CONSTRAINT "mentee_profiles_about" CHECK ("mentee_profiles"."about" is null or char_length("mentee_profiles"."about") between 1 and 1000)
);
--> statement-breakpoint
CREATE TABLE "mentor_languages" (
	"user_id" uuid NOT NULL,
	"code" text NOT NULL,
	"level" text NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "mentor_languages_user_id_code_pk" PRIMARY KEY("user_id","code"),
	CONSTRAINT "mentor_languages_code" CHECK ("mentor_languages"."code" in ('da', 'en', 'ar', 'so', 'ti', 'am', 'uk', 'ru', 'fa', 'prs', 'ps', 'ku', 'tr', 'ur', 'hi', 'bn', 'ta', 'ne', 'vi', 'th', 'tl', 'zh', 'pl', 'ro', 'bs', 'sq', 'es', 'pt', 'fr', 'de', 'sv', 'no')),
	CONSTRAINT "mentor_languages_level" CHECK ("mentor_languages"."level" in ('A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'native'))
);
--> statement-breakpoint
CREATE TABLE "mentor_profiles" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"status" text NOT NULL,
	"rejection_reason" text,
	"submitted_at" timestamp with time zone NOT NULL,
	"reviewed_at" timestamp with time zone,
	"reviewed_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"headline" text NOT NULL,
	"about" text NOT NULL,
	"job_title" text NOT NULL,
	"field" text NOT NULL,
	"years_of_experience" integer NOT NULL,
	"education_level" text NOT NULL,
	"municipality" text NOT NULL,
	"region" text NOT NULL,
	"meeting_mode" text NOT NULL,
	"meetings_per_month" integer NOT NULL,
	"mentorship_months" integer NOT NULL,
	"goals" text[] NOT NULL,
	"interests" text[] NOT NULL,
	"capacity" integer NOT NULL,
	"partner_company" text,
	"age_band" text,
	"has_children" boolean,
	"migrant_background" boolean,
	"paused" boolean DEFAULT false NOT NULL,
	"pending_changes" jsonb,
	CONSTRAINT "mentor_profiles_status" CHECK ("mentor_profiles"."status" in ('pending', 'approved', 'rejected')),
	CONSTRAINT "mentor_profiles_rejected_has_reason" CHECK ("mentor_profiles"."status" <> 'rejected' or "mentor_profiles"."rejection_reason" is not null),
	CONSTRAINT "mentor_profiles_headline" CHECK (char_length("mentor_profiles"."headline") between 5 and 120),
	CONSTRAINT "mentor_profiles_about" CHECK (char_length("mentor_profiles"."about") between 20 and 2000),
	CONSTRAINT "mentor_profiles_job_title" CHECK (char_length("mentor_profiles"."job_title") between 2 and 100),
	CONSTRAINT "mentor_profiles_field" CHECK ("mentor_profiles"."field" in ('health_care', 'it', 'engineering', 'education_childcare', 'finance', 'retail', 'hospitality', 'cleaning_facility', 'transport', 'public_administration', 'law', 'research', 'culture', 'crafts', 'manufacturing', 'food_agriculture', 'social_work', 'management', 'sales_marketing', 'human_resources', 'communication', 'design_architecture', 'pharmacy_laboratory', 'energy_environment', 'entrepreneurship', 'interpreting', 'beauty_wellness')),
	CONSTRAINT "mentor_profiles_experience" CHECK ("mentor_profiles"."years_of_experience" between 0 and 60),
	CONSTRAINT "mentor_profiles_education" CHECK ("mentor_profiles"."education_level" in ('primary', 'upper_secondary', 'vocational', 'short_higher', 'bachelor', 'master', 'phd')),
	CONSTRAINT "mentor_profiles_municipality" CHECK ("mentor_profiles"."municipality" in ('albertslund', 'alleroed', 'ballerup', 'bornholm', 'broendby', 'dragoer', 'egedal', 'fredensborg', 'frederiksberg', 'frederikssund', 'furesoe', 'gentofte', 'gladsaxe', 'glostrup', 'gribskov', 'halsnaes', 'helsingoer', 'herlev', 'hilleroed', 'hvidovre', 'hoeje-taastrup', 'hoersholm', 'ishoej', 'koebenhavn', 'lyngby-taarbaek', 'rudersdal', 'roedovre', 'taarnby', 'vallensbaek', 'faxe', 'greve', 'guldborgsund', 'holbaek', 'kalundborg', 'koege', 'lejre', 'lolland', 'naestved', 'odsherred', 'ringsted', 'roskilde', 'slagelse', 'solroed', 'soroe', 'stevns', 'vordingborg', 'assens', 'billund', 'esbjerg', 'faaborg-midtfyn', 'fanoe', 'fredericia', 'haderslev', 'kerteminde', 'kolding', 'langeland', 'middelfart', 'nordfyn', 'nyborg', 'odense', 'svendborg', 'soenderborg', 'toender', 'varde', 'vejen', 'vejle', 'aeroe', 'aabenraa', 'aarhus', 'favrskov', 'hedensted', 'herning', 'holstebro', 'horsens', 'ikast-brande', 'lemvig', 'norddjurs', 'odder', 'randers', 'ringkoebing-skjern', 'samsoe', 'silkeborg', 'skanderborg', 'skive', 'struer', 'syddjurs', 'viborg', 'aalborg', 'broenderslev', 'frederikshavn', 'hjoerring', 'jammerbugt', 'laesoe', 'mariagerfjord', 'morsoe', 'rebild', 'thisted', 'vesthimmerland')),
	CONSTRAINT "mentor_profiles_region" CHECK ("mentor_profiles"."region" in ('hovedstaden', 'sjaelland', 'syddanmark', 'midtjylland', 'nordjylland')),
	CONSTRAINT "mentor_profiles_meeting_mode" CHECK ("mentor_profiles"."meeting_mode" in ('in_person', 'online', 'both')),
	CONSTRAINT "mentor_profiles_meetings" CHECK ("mentor_profiles"."meetings_per_month" between 2 and 4),
	CONSTRAINT "mentor_profiles_months" CHECK ("mentor_profiles"."mentorship_months" between 4 and 12),
	CONSTRAINT "mentor_profiles_goals" CHECK (cardinality("mentor_profiles"."goals") >= 1 and "mentor_profiles"."goals" <@ array['job_search', 'specific_trade', 'education', 'danish_practice', 'network', 'work_culture', 'everyday_life', 'clarify_options']::text[]),
	CONSTRAINT "mentor_profiles_interests" CHECK (cardinality("mentor_profiles"."interests") <= 10),
	CONSTRAINT "mentor_profiles_capacity" CHECK ("mentor_profiles"."capacity" between 1 and 3),
	CONSTRAINT "mentor_profiles_age_band" CHECK ("mentor_profiles"."age_band" is null or "mentor_profiles"."age_band" in ('18-24', '25-34', '35-44', '45-54', '55-64', '65+'))
);
--> statement-breakpoint
CREATE TABLE "programmes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"women_only" boolean NOT NULL,
	"languages" text[] NOT NULL,
	"max_open_requests_per_mentee" integer NOT NULL,
	"request_expiry_days" integer NOT NULL,
	"default_mentorship_months" integer NOT NULL,
	"allow_parallel_mentorships" boolean NOT NULL,
	"mentee_approval_required" boolean NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "programmes_slug_unique" UNIQUE("slug"),
	CONSTRAINT "programmes_slug" CHECK ("programmes"."slug" ~ '^[a-z0-9-]{2,40}$'),
	CONSTRAINT "programmes_name_length" CHECK (char_length("programmes"."name") between 1 and 100),
	CONSTRAINT "programmes_languages" CHECK (cardinality("programmes"."languages") >= 1 and "programmes"."languages" <@ array['da', 'en', 'ar', 'so', 'ti', 'am', 'uk', 'ru', 'fa', 'prs', 'ps', 'ku', 'tr', 'ur', 'hi', 'bn', 'ta', 'ne', 'vi', 'th', 'tl', 'zh', 'pl', 'ro', 'bs', 'sq', 'es', 'pt', 'fr', 'de', 'sv', 'no']::text[]),
	CONSTRAINT "programmes_max_open_requests" CHECK ("programmes"."max_open_requests_per_mentee" between 1 and 10),
	CONSTRAINT "programmes_request_expiry" CHECK ("programmes"."request_expiry_days" between 3 and 60),
	CONSTRAINT "programmes_mentorship_months" CHECK ("programmes"."default_mentorship_months" between 4 and 12)
);
--> statement-breakpoint
CREATE TABLE "reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"reporter_id" uuid NOT NULL,
	"subject_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"resolved_at" timestamp with time zone,
	"resolved_by" uuid,
	"resolution" text,
	CONSTRAINT "reports_reason_length" CHECK (char_length("reports"."reason") between 10 and 2000),
	CONSTRAINT "reports_not_self" CHECK ("reports"."reporter_id" <> "reports"."subject_id"),
	CONSTRAINT "reports_resolution" CHECK (("reports"."resolved_at" is null) = ("reports"."resolution" is null))
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "programme_id" uuid;--> statement-breakpoint
-- Every installation starts with one programme, with the Danish network's rules; existing
-- accounts join it. Coordinators change the rules in the admin area.
INSERT INTO "programmes" ("slug", "name", "women_only", "languages", "max_open_requests_per_mentee", "request_expiry_days", "default_mentorship_months", "allow_parallel_mentorships", "mentee_approval_required")
VALUES ('default', 'Mentornetværket', true, ARRAY['da','en','ar','so','ti','uk','fa','prs','tr','ku','ur'], 3, 14, 6, false, true);--> statement-breakpoint
UPDATE "users" SET "programme_id" = (SELECT "id" FROM "programmes" WHERE "slug" = 'default');--> statement-breakpoint
ALTER TABLE "users" ALTER COLUMN "programme_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "woman_declared_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "suspended_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "suspension_reason" text;--> statement-breakpoint
ALTER TABLE "match_requests" ADD CONSTRAINT "match_requests_mentee_id_users_id_fk" FOREIGN KEY ("mentee_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_requests" ADD CONSTRAINT "match_requests_mentor_id_users_id_fk" FOREIGN KEY ("mentor_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentee_profiles" ADD CONSTRAINT "mentee_profiles_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentee_profiles" ADD CONSTRAINT "mentee_profiles_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentor_languages" ADD CONSTRAINT "mentor_languages_user_id_mentor_profiles_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."mentor_profiles"("user_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentor_profiles" ADD CONSTRAINT "mentor_profiles_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentor_profiles" ADD CONSTRAINT "mentor_profiles_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_reporter_id_users_id_fk" FOREIGN KEY ("reporter_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_subject_id_users_id_fk" FOREIGN KEY ("subject_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_resolved_by_users_id_fk" FOREIGN KEY ("resolved_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_log_programme_idx" ON "audit_log" USING btree ("programme_id","id");--> statement-breakpoint
CREATE INDEX "match_requests_mentor_idx" ON "match_requests" USING btree ("mentor_id","mentee_id");--> statement-breakpoint
CREATE INDEX "match_requests_mentee_idx" ON "match_requests" USING btree ("mentee_id");--> statement-breakpoint
CREATE INDEX "mentee_profiles_review_idx" ON "mentee_profiles" USING btree ("status","submitted_at");--> statement-breakpoint
CREATE INDEX "mentor_languages_code_idx" ON "mentor_languages" USING btree ("code","level");--> statement-breakpoint
CREATE INDEX "mentor_profiles_review_idx" ON "mentor_profiles" USING btree ("status","submitted_at");--> statement-breakpoint
CREATE INDEX "reports_queue_idx" ON "reports" USING btree ("programme_id","resolved_at","created_at");--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "users_programme_idx" ON "users" USING btree ("programme_id");--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_suspension_has_reason" CHECK (("users"."suspended_at" is null) = ("users"."suspension_reason" is null));--> statement-breakpoint
-- The audit log is evidence: no row may change or disappear, whoever asks.
CREATE FUNCTION "audit_log_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
END
$$;--> statement-breakpoint
CREATE TRIGGER "audit_log_no_change" BEFORE UPDATE OR DELETE ON "audit_log"
  FOR EACH ROW EXECUTE FUNCTION "audit_log_append_only"();--> statement-breakpoint
CREATE TRIGGER "audit_log_no_truncate" BEFORE TRUNCATE ON "audit_log"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_log_append_only"();
