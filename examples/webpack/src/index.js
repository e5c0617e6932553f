import 'veikart/task-ladder'; // registers <vk-task-ladder> only
import { createLadder } from 'veikart';

const ladder = document.createElement('vk-task-ladder');
ladder.value = createLadder('cleaning', { participantLanguage: 'so', mentor: { name: 'Eva' } });
ladder.addEventListener('vk-change', (event) => {
  document.getElementById('last').textContent = `${event.detail.operation.type} (${event.detail.source})`;
});
document.getElementById('app').append(ladder);
