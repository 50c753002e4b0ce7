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
# Arabic course text as written: some words vowelled, with ال and attached
# prepositions, Latin drug names inside Arabic sentences.
ARABIC_WORDS = (
    "الرَّبْوُ الربو نزف النزيف الولادة المشيمة المَشِيمَة ضغط ضَغْطُ الدم الأطفال للأطفال الطفل "
    "الحمل تسمم الإسهال الجفاف محلول الإرواء الملاريا البعوضة فقر الحديد الالتهاب الرئوي السعال "
    "الحمى الإنعاش القلب التنفس الأكسجين المولود الخدج الرحم تدليك بالمضاد الحيوي السكري الأنسولين "
    "الصداع الرؤية البول البروتين الارتعاج التشخيص العلاج الإحالة المستشفى القابلة الطبيب الممرضة "
    "المريضة الإسعاف الكسر الجرح الحروق التخدير العملية القيصرية السل القشع الوزن Oxytocin "
    "Salbutamol Amoxicillin Metformin Artesunate"
).split()
ARABIC_FILLER = "في من على مع بعد قبل عند إلى هو هي التي الذي ثم أو و".split()


def sentence(rng: random.Random, n: int | None = None, arabic: bool = False) -> str:
    n = n or rng.randint(8, 18)
    vocab, filler = (ARABIC_WORDS, ARABIC_FILLER) if arabic else (WORDS, FILLER)
    words = [rng.choice(vocab) if rng.random() < 0.55 else rng.choice(filler) for _ in range(n)]
    return " ".join(words) + "." if arabic else " ".join(words).capitalize() + "."


def paragraph(rng: random.Random, sentences: int, arabic: bool = False) -> str:
    return " ".join(sentence(rng, arabic=arabic) for _ in range(sentences))
