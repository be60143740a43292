ALTER TABLE "read_version" DROP CONSTRAINT "read_version_one_row";--> statement-breakpoint
ALTER TABLE "read_version" ADD CONSTRAINT "read_version_stripe" CHECK ("read_version"."id" between 1 and 16);