/**
 * A sentence whose only escapers are animals: "More than 40 ostriches made a mass escape from a
 * farm", "the remaining birds are still at large", "31 birds had been recaptured". An escape is of
 * people held (detainees, prisoners, inmates); animals that break out of a pen, a farm or a zoo are
 * no escape, unless the sentence also tells of people held.
 */
export const ANIMALS_ONLY =
  /^(?![\s\S]*\b(?:detainees?|prisoners?|inmates?|convicts?|escapees?|fugitives?|captives?|hostages?|men|women|children|people|persons|families|suspects|militants|fighters|jihadists)\b)[\s\S]*\b(?:animals?|birds?|ostrich(?:es)?|livestock|cattle|cows?|bulls?|sheep|goats?|camels?|horses?|donkeys?|mules?|pigs?|lions?|tigers?|monkeys?|wolves|wolf|chickens?|hens?|poultry|flocks?|herds?|zoo)\b/;
