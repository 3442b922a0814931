-- Search (issue 4). Accent-free Danish and English text search configurations, trigram
-- matching for typos, and the columns search filters on. Both extensions are trusted
-- (PostgreSQL 13+), so the database owner can create them; PGlite ships them as contrib.
CREATE EXTENSION IF NOT EXISTS unaccent;--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION mentorbro_da (COPY = danish);--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION mentorbro_da ALTER MAPPING FOR hword, hword_part, word WITH unaccent, danish_stem;--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION mentorbro_en (COPY = english);--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION mentorbro_en ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;--> statement-breakpoint
-- Words as written, only accent-free and lower-case: the lexicon typos are corrected against.
CREATE TEXT SEARCH CONFIGURATION mentorbro_words (COPY = simple);--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION mentorbro_words ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;--> statement-breakpoint
CREATE TABLE "search_words" (
	"word" text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE INDEX "search_words_trgm_idx" ON "search_words" USING gin ("word" gin_trgm_ops);--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_id_programme" UNIQUE("id","programme_id");--> statement-breakpoint
CREATE INDEX "users_suspended_idx" ON "users" USING btree ("id") WHERE "users"."suspended_at" is not null;--> statement-breakpoint
ALTER TABLE "mentor_profiles" ADD COLUMN "programme_id" uuid;--> statement-breakpoint
ALTER TABLE "mentor_profiles" ADD COLUMN "approved_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "mentor_profiles" ADD COLUMN "seats_taken" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "mentor_profiles" ADD COLUMN "language_levels" text[];--> statement-breakpoint
ALTER TABLE "mentor_profiles" ADD COLUMN "search_keywords" text;--> statement-breakpoint
-- Existing profiles: their programme, first approval (the last review is the best we know),
-- language tokens and keywords as the app writes them (field names in Danish and English,
-- interests, company).
UPDATE "mentor_profiles" p SET
	"programme_id" = u."programme_id",
	"approved_at" = CASE WHEN p."status" = 'approved' THEN coalesce(p."reviewed_at", p."submitted_at") END,
	"language_levels" = coalesce((SELECT array_agg(l."code" || ':' || l."level" ORDER BY l."position") FROM "mentor_languages" l WHERE l."user_id" = p."user_id"), ARRAY['da:native']),
	"search_keywords" = concat_ws(' ', f.words, array_to_string(p."interests", ' '), p."partner_company")
FROM "users" u, (VALUES
  ('health_care', 'Sundhed og omsorg Health and care'),
  ('it', 'IT IT'),
  ('engineering', 'Ingeniørarbejde Engineering'),
  ('education_childcare', 'Undervisning og børnepasning Teaching and childcare'),
  ('finance', 'Økonomi og regnskab Finance and accounting'),
  ('retail', 'Butik og handel Retail'),
  ('hospitality', 'Hotel og restaurant Hotels and restaurants'),
  ('cleaning_facility', 'Rengøring og service Cleaning and facility services'),
  ('transport', 'Transport og lager Transport and warehouse'),
  ('public_administration', 'Offentlig administration Public administration'),
  ('law', 'Jura Law'),
  ('research', 'Forskning og naturvidenskab Research and science'),
  ('culture', 'Kultur og medier Culture and media'),
  ('crafts', 'Håndværk og byggeri Crafts and construction'),
  ('manufacturing', 'Industri og produktion Manufacturing'),
  ('food_agriculture', 'Fødevarer og landbrug Food and agriculture'),
  ('social_work', 'Socialt arbejde Social work'),
  ('management', 'Ledelse og administration Management and office work'),
  ('sales_marketing', 'Salg og marketing Sales and marketing'),
  ('human_resources', 'HR og rekruttering HR and recruitment'),
  ('communication', 'Kommunikation Communication'),
  ('design_architecture', 'Design og arkitektur Design and architecture'),
  ('pharmacy_laboratory', 'Apotek og laboratorium Pharmacy and laboratory'),
  ('energy_environment', 'Energi og miljø Energy and environment'),
  ('entrepreneurship', 'Iværksætteri Starting a business'),
  ('interpreting', 'Tolkning og sprog Interpreting and languages'),
  ('beauty_wellness', 'Frisør og skønhed Hairdressing and beauty')
) AS f(code, words)
WHERE u."id" = p."user_id" AND f.code = p."field";--> statement-breakpoint
ALTER TABLE "mentor_profiles" ALTER COLUMN "programme_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "mentor_profiles" ALTER COLUMN "language_levels" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "mentor_profiles" ALTER COLUMN "search_keywords" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "mentor_profiles" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('mentorbro_da'::regconfig, headline || ' ' || job_title), 'A') || setweight(to_tsvector('mentorbro_en'::regconfig, headline || ' ' || job_title), 'A') || setweight(to_tsvector('mentorbro_da'::regconfig, search_keywords), 'B') || setweight(to_tsvector('mentorbro_en'::regconfig, search_keywords), 'B') || setweight(to_tsvector('mentorbro_da'::regconfig, about), 'C') || setweight(to_tsvector('mentorbro_en'::regconfig, about), 'C')) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "mentor_profiles" ADD CONSTRAINT "mentor_profiles_user_programme_fk" FOREIGN KEY ("user_id","programme_id") REFERENCES "public"."users"("id","programme_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "mentor_profiles_search_idx" ON "mentor_profiles" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "mentor_profiles_goals_idx" ON "mentor_profiles" USING gin ("goals");--> statement-breakpoint
CREATE INDEX "mentor_profiles_language_levels_idx" ON "mentor_profiles" USING gin ("language_levels");--> statement-breakpoint
CREATE INDEX "mentor_profiles_field_idx" ON "mentor_profiles" USING btree ("programme_id","field");--> statement-breakpoint
CREATE INDEX "mentor_profiles_region_idx" ON "mentor_profiles" USING btree ("programme_id","region","municipality");--> statement-breakpoint
CREATE INDEX "mentor_profiles_newest_idx" ON "mentor_profiles" USING btree ("programme_id","approved_at" DESC NULLS LAST,"user_id");--> statement-breakpoint
ALTER TABLE "mentor_profiles" ADD CONSTRAINT "mentor_profiles_seats_taken" CHECK ("mentor_profiles"."seats_taken" >= 0);--> statement-breakpoint
ALTER TABLE "mentor_profiles" ADD CONSTRAINT "mentor_profiles_language_levels" CHECK (cardinality("mentor_profiles"."language_levels") >= 1);--> statement-breakpoint
ALTER TABLE "mentor_profiles" ADD CONSTRAINT "mentor_profiles_approved_at" CHECK ("mentor_profiles"."status" <> 'approved' or "mentor_profiles"."approved_at" is not null);--> statement-breakpoint
-- The lexicon follows the profiles: every statement that writes mentor profiles adds their new
-- words (once per statement, so loading thousands of profiles stays one insert). Old words
-- stay: correcting to a word nobody uses any more finds nothing, which is harmless.
CREATE FUNCTION "mentor_search_words"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	INSERT INTO "search_words" ("word")
	SELECT DISTINCT w FROM new_rows,
		unnest(tsvector_to_array(to_tsvector('mentorbro_words'::regconfig,
			concat_ws(' ', new_rows."headline", new_rows."job_title", new_rows."search_keywords", new_rows."about")))) AS w
	WHERE w ~ '^[[:alpha:]]{3,40}$'
	ON CONFLICT DO NOTHING;
	RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "mentor_search_words_insert" AFTER INSERT ON "mentor_profiles"
	REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "mentor_search_words"();--> statement-breakpoint
CREATE TRIGGER "mentor_search_words_update" AFTER UPDATE ON "mentor_profiles"
	REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "mentor_search_words"();--> statement-breakpoint
INSERT INTO "search_words" ("word")
SELECT DISTINCT w FROM "mentor_profiles" p,
	unnest(tsvector_to_array(to_tsvector('mentorbro_words'::regconfig,
		concat_ws(' ', p."headline", p."job_title", p."search_keywords", p."about")))) AS w
WHERE w ~ '^[[:alpha:]]{3,40}$'
ON CONFLICT DO NOTHING;
