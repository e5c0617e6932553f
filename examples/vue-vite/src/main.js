import { createApp } from 'vue';
import 'veikart/task-ladder'; // registers <vk-task-ladder> only
import 'veikart/plan-board'; // registers <vk-plan-board> only
import App from './App.vue';

createApp(App).mount('#app');
