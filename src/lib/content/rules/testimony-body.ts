// Some records are their text (a testimony: written, or the transcript of the audio
// or video): the collection descriptor says which.
import { DESCRIPTORS } from '../../../schemas/collections.ts';
import type { RecordRule } from './types.ts';

export const testimonyBody: RecordRule = (record) => {
  if (!DESCRIPTORS[record.collection].corpsObligatoire || record.body.trim() !== '') return [];
  return [
    {
      file: record.file,
      line: record.bodyLine,
      message: record.data.format === 'ecrit' ? 'le témoignage est vide : écrivez son texte sous l’en-tête' : 'écrivez la transcription de l’enregistrement sous l’en-tête (obligatoire pour l’audio et la vidéo)',
    },
  ];
};
