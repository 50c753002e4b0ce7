"""Deterministic synthetic clinical-teaching text for scale benchmarks (not guidance)."""

from __future__ import annotations

import random

WORDS = (
    "airway breathing circulation disability exposure triage sepsis shock haemorrhage "
    "postpartum uterus oxytocin tone trauma tissue thrombin fluid bolus lactate pressure "
    "pulse oximetry saturation respiratory rate capillary refill glucose fever antibiotic "
    "malaria anaemia dehydration oral rehydration referral handover escalation neonate "
    "resuscitation ventilation compression cord clamp placenta eclampsia magnesium seizure "
    "fracture splint wound burn dressing analgesia paracetamol monitoring observation chart "
    "partograph labour delivery caesarean infection cough pneumonia asthma wheeze oxygen "
    "catheter cannula blood transfusion crossmatch haemoglobin ultrasound x-ray ecg rhythm "
    "tachycardia bradycardia hypotension hypothermia warmth breastfeeding nutrition growth "
    "vaccination measles diarrhoea cholera hygiene consent privacy family community nurse "
    "midwife doctor clinic hospital district ambulance transport assessment plan review"
).split()
FILLER = "the a of and with for after before during in on to is was patient".split()


def sentence(rng: random.Random, n: int | None = None) -> str:
    n = n or rng.randint(8, 18)
    words = [rng.choice(WORDS) if rng.random() < 0.55 else rng.choice(FILLER) for _ in range(n)]
    return " ".join(words).capitalize() + "."


def paragraph(rng: random.Random, sentences: int) -> str:
    return " ".join(sentence(rng) for _ in range(sentences))
