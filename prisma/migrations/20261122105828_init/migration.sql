-- CreateEnum
CREATE TYPE "ServiceStatus" AS ENUM ('active', 'inactive', 'defunct', 'temporarily_closed');

-- CreateEnum
CREATE TYPE "LocationType" AS ENUM ('physical', 'postal', 'virtual');

-- CreateEnum
CREATE TYPE "ServiceAreaScope" AS ENUM ('district', 'local_authority');

-- CreateTable
CREATE TABLE "organization" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "email" TEXT,
    "website" TEXT,
    "uri" TEXT,
    "is_sample" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "service" (
    "id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "alternate_name" TEXT,
    "summary" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "url" TEXT,
    "email" TEXT,
    "status" "ServiceStatus" NOT NULL DEFAULT 'active',
    "fees_description" TEXT,
    "eligibility_description" TEXT,
    "minimum_age" INTEGER,
    "maximum_age" INTEGER,
    "assured_date" DATE,
    "assurer_email" TEXT,
    "alert" TEXT,
    "is_sample" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_modified" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "service_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "location" (
    "id" UUID NOT NULL,
    "location_type" "LocationType" NOT NULL DEFAULT 'physical',
    "name" TEXT,
    "description" TEXT,
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,

    CONSTRAINT "location_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "address" (
    "id" UUID NOT NULL,
    "location_id" UUID NOT NULL,
    "attention" TEXT,
    "address_1" TEXT NOT NULL,
    "address_2" TEXT,
    "city" TEXT NOT NULL,
    "region" TEXT,
    "state_province" TEXT NOT NULL,
    "postal_code" TEXT NOT NULL,
    "country" TEXT NOT NULL DEFAULT 'GB',
    "address_type" TEXT NOT NULL DEFAULT 'physical',

    CONSTRAINT "address_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "service_at_location" (
    "id" UUID NOT NULL,
    "service_id" UUID NOT NULL,
    "location_id" UUID NOT NULL,
    "description" TEXT,

    CONSTRAINT "service_at_location_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "service_area" (
    "id" UUID NOT NULL,
    "service_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "scope" "ServiceAreaScope" NOT NULL DEFAULT 'district',
    "taxonomy_term_id" UUID,
    "extent" TEXT,
    "extent_type" TEXT,
    "uri" TEXT,

    CONSTRAINT "service_area_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "taxonomy" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "uri" TEXT,
    "version" TEXT,

    CONSTRAINT "taxonomy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "taxonomy_term" (
    "id" UUID NOT NULL,
    "taxonomy_id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "parent_id" UUID,
    "term_uri" TEXT,
    "sort_order" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "taxonomy_term_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "attribute" (
    "id" UUID NOT NULL,
    "link_id" UUID NOT NULL,
    "link_type" TEXT NOT NULL DEFAULT 'service',
    "taxonomy_term_id" UUID NOT NULL,
    "value" TEXT,

    CONSTRAINT "attribute_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "contact" (
    "id" UUID NOT NULL,
    "service_id" UUID,
    "organization_id" UUID,
    "name" TEXT,
    "title" TEXT,
    "department" TEXT,
    "email" TEXT,

    CONSTRAINT "contact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "phone" (
    "id" UUID NOT NULL,
    "service_id" UUID,
    "contact_id" UUID,
    "location_id" UUID,
    "organization_id" UUID,
    "number" TEXT NOT NULL,
    "extension" TEXT,
    "type" TEXT,
    "description" TEXT,

    CONSTRAINT "phone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "schedule" (
    "id" UUID NOT NULL,
    "service_id" UUID,
    "service_at_location_id" UUID,
    "valid_from" DATE,
    "valid_to" DATE,
    "freq" TEXT DEFAULT 'WEEKLY',
    "interval" INTEGER,
    "byday" TEXT,
    "bymonthday" TEXT,
    "opens_at" TEXT,
    "closes_at" TEXT,
    "description" TEXT,
    "attending_type" TEXT,
    "notes" TEXT,

    CONSTRAINT "schedule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "cost_option" (
    "id" UUID NOT NULL,
    "service_id" UUID NOT NULL,
    "valid_from" DATE,
    "valid_to" DATE,
    "option" TEXT,
    "amount" DECIMAL(10,2),
    "currency" TEXT NOT NULL DEFAULT 'GBP',
    "amount_description" TEXT,

    CONSTRAINT "cost_option_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "language" (
    "id" UUID NOT NULL,
    "service_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "note" TEXT,

    CONSTRAINT "language_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "accessibility" (
    "id" UUID NOT NULL,
    "location_id" UUID NOT NULL,
    "description" TEXT,
    "details" TEXT,
    "url" TEXT,

    CONSTRAINT "accessibility_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "search_outbox" (
    "id" BIGSERIAL NOT NULL,
    "service_id" UUID NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "processed_at" TIMESTAMP(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "last_error" TEXT,

    CONSTRAINT "search_outbox_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "service_organization_id_idx" ON "service"("organization_id");

-- CreateIndex
CREATE INDEX "service_status_idx" ON "service"("status");

-- CreateIndex
CREATE INDEX "address_location_id_idx" ON "address"("location_id");

-- CreateIndex
CREATE INDEX "service_at_location_location_id_idx" ON "service_at_location"("location_id");

-- CreateIndex
CREATE UNIQUE INDEX "service_at_location_service_id_location_id_key" ON "service_at_location"("service_id", "location_id");

-- CreateIndex
CREATE INDEX "service_area_service_id_idx" ON "service_area"("service_id");

-- CreateIndex
CREATE INDEX "service_area_taxonomy_term_id_idx" ON "service_area"("taxonomy_term_id");

-- CreateIndex
CREATE UNIQUE INDEX "taxonomy_code_key" ON "taxonomy"("code");

-- CreateIndex
CREATE INDEX "taxonomy_term_parent_id_idx" ON "taxonomy_term"("parent_id");

-- CreateIndex
CREATE UNIQUE INDEX "taxonomy_term_taxonomy_id_code_key" ON "taxonomy_term"("taxonomy_id", "code");

-- CreateIndex
CREATE INDEX "attribute_taxonomy_term_id_idx" ON "attribute"("taxonomy_term_id");

-- CreateIndex
CREATE UNIQUE INDEX "attribute_link_id_taxonomy_term_id_key" ON "attribute"("link_id", "taxonomy_term_id");

-- CreateIndex
CREATE INDEX "contact_service_id_idx" ON "contact"("service_id");

-- CreateIndex
CREATE INDEX "phone_service_id_idx" ON "phone"("service_id");

-- CreateIndex
CREATE INDEX "schedule_service_id_idx" ON "schedule"("service_id");

-- CreateIndex
CREATE INDEX "cost_option_service_id_idx" ON "cost_option"("service_id");

-- CreateIndex
CREATE UNIQUE INDEX "language_service_id_code_key" ON "language"("service_id", "code");

-- CreateIndex
CREATE INDEX "accessibility_location_id_idx" ON "accessibility"("location_id");

-- CreateIndex
CREATE INDEX "search_outbox_processed_at_id_idx" ON "search_outbox"("processed_at", "id");

-- AddForeignKey
ALTER TABLE "service" ADD CONSTRAINT "service_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "address" ADD CONSTRAINT "address_location_id_fkey" FOREIGN KEY ("location_id") REFERENCES "location"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service_at_location" ADD CONSTRAINT "service_at_location_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service_at_location" ADD CONSTRAINT "service_at_location_location_id_fkey" FOREIGN KEY ("location_id") REFERENCES "location"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service_area" ADD CONSTRAINT "service_area_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service_area" ADD CONSTRAINT "service_area_taxonomy_term_id_fkey" FOREIGN KEY ("taxonomy_term_id") REFERENCES "taxonomy_term"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "taxonomy_term" ADD CONSTRAINT "taxonomy_term_taxonomy_id_fkey" FOREIGN KEY ("taxonomy_id") REFERENCES "taxonomy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "taxonomy_term" ADD CONSTRAINT "taxonomy_term_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "taxonomy_term"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "attribute" ADD CONSTRAINT "attribute_link_id_fkey" FOREIGN KEY ("link_id") REFERENCES "service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "attribute" ADD CONSTRAINT "attribute_taxonomy_term_id_fkey" FOREIGN KEY ("taxonomy_term_id") REFERENCES "taxonomy_term"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contact" ADD CONSTRAINT "contact_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contact" ADD CONSTRAINT "contact_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "phone" ADD CONSTRAINT "phone_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "phone" ADD CONSTRAINT "phone_contact_id_fkey" FOREIGN KEY ("contact_id") REFERENCES "contact"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "phone" ADD CONSTRAINT "phone_location_id_fkey" FOREIGN KEY ("location_id") REFERENCES "location"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "phone" ADD CONSTRAINT "phone_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "schedule" ADD CONSTRAINT "schedule_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "schedule" ADD CONSTRAINT "schedule_service_at_location_id_fkey" FOREIGN KEY ("service_at_location_id") REFERENCES "service_at_location"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cost_option" ADD CONSTRAINT "cost_option_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "language" ADD CONSTRAINT "language_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "accessibility" ADD CONSTRAINT "accessibility_location_id_fkey" FOREIGN KEY ("location_id") REFERENCES "location"("id") ON DELETE CASCADE ON UPDATE CASCADE;
