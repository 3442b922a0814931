CREATE TABLE "survey_answer_pool" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"form" text NOT NULL,
	"version" integer NOT NULL,
	"month" date NOT NULL,
	"region" text NOT NULL,
	"answers" jsonb NOT NULL,
	CONSTRAINT "survey_answer_pool_form" CHECK ("survey_answer_pool"."form" in ('mentee_end', 'mentor_end')),
	CONSTRAINT "survey_answer_pool_month" CHECK (extract(day from "survey_answer_pool"."month") = 1),
	CONSTRAINT "survey_answer_pool_region" CHECK ("survey_answer_pool"."region" in ('hovedstaden', 'sjaelland', 'syddanmark', 'midtjylland', 'nordjylland')),
	CONSTRAINT "survey_answer_pool_object" CHECK (jsonb_typeof("survey_answer_pool"."answers") = 'object')
);
--> statement-breakpoint
ALTER TABLE "survey_answer_pool" ADD CONSTRAINT "survey_answer_pool_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE no action ON UPDATE no action;